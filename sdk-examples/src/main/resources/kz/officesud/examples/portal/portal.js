// The portal's page: the server prepares the filing, NCALayer on the user's machine signs it, the server
// checks the signature and submits it. NCALayer's protocol: the kz.gov.pki.knca.basics module's sign.
(() => {
  const ncaLayerAddress = document.body.dataset.ncalayer || 'wss://127.0.0.1:13579/';
  const status = document.getElementById('status');
  const talon = document.getElementById('talon');

  function say(text, isError) {
    status.textContent = text;
    status.className = isError ? 'error' : '';
  }

  // One connection per signature: NCALayer greets with its version, then answers one request.
  function signInNcaLayer(base64, iin) {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(ncaLayerAddress);
      let greeted = false;
      socket.onerror = () => reject(new Error('NCALayer не запущен'));
      socket.onclose = () => reject(new Error('NCALayer закрыл соединение'));
      socket.onmessage = (event) => {
        if (event.data === '--heartbeat--') {
          return;
        }
        const answer = JSON.parse(event.data);
        if (!greeted) {
          greeted = true;
          socket.send(JSON.stringify({
            module: 'kz.gov.pki.knca.basics',
            method: 'sign',
            args: {
              allowedStorages: null,
              format: 'cms',
              data: base64,
              signingParams: { decode: true, encapsulate: false, digested: false, tsaProfile: null },
              signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.4'], iin, bin: '', serialNumber: '', chain: null },
              locale: 'ru',
            },
          }));
          return;
        }
        socket.onclose = null;
        socket.close();
        if (!answer.status) {
          reject(new Error(`${answer.code}: ${answer.message}`));
        } else if (!answer.body || !('result' in answer.body)) {
          reject(new Error('Подписание отменено'));
        } else {
          resolve(Array.isArray(answer.body.result) ? answer.body.result[0] : answer.body.result);
        }
      };
    });
  }

  async function post(path, body) {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) {
      throw new Error(json.messages ? json.messages.join('; ') : json.error);
    }
    return json;
  }

  document.getElementById('send').addEventListener('click', async () => {
    try {
      say('Подготовка…');
      const prepared = await post('api/prepare', { summary: document.getElementById('summary').value });
      say('Подпишите в NCALayer…');
      const signature = await signInNcaLayer(prepared.dataToSign, prepared.iin);
      say('Отправка…');
      const filed = await post('api/submit', { preparedId: prepared.preparedId, signature });
      say('Отправлено');
      talon.textContent = `Талон ${filed.talon} от ${filed.sentAt}: ${filed.status}`;
      talon.dataset.number = filed.talon;
    } catch (error) {
      say(error.message, true);
    }
  });
})();
