package kz.officesud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import kz.officesud.casesearch.CaseSearch;
import kz.officesud.casesearch.CaseSearchClient;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.Drafts;
import kz.officesud.filing.JudicialActs;
import kz.officesud.filing.MyCases;
import kz.officesud.filing.Notifications;
import kz.officesud.filing.PreparedFiling;
import org.junit.jupiter.api.Test;

/**
 * Every call of the client API has its asynchronous form: for each public method of a client type, a method of the
 * same name with {@code Async} appended, the same parameters, returning a {@link CompletableFuture} of the same result
 * ({@code Void} for {@code void}). A call added without its asynchronous form fails here.
 *
 * <p>The client types are those reached from the entry points ({@link CourtOffice}, {@link CaseSearchClient}, {@link
 * CaseSearch}) through the return types of their public methods, within the clients' packages, leaving out records,
 * enums, exceptions and builders (values, not clients). A method that makes no call to the court is named, with the
 * reason, in {@link #NOT_CALLS}; a value type that is not a client in {@link #VALUES}.
 */
class AsyncApiTest {
    private static final List<Class<?>> ENTRY_POINTS =
            List.of(CourtOffice.class, CaseSearchClient.class, CaseSearch.class);

    private static final List<String> CLIENT_PACKAGES = List.of("kz.officesud.filing", "kz.officesud.casesearch");

    /** Types reached from the entry points that are values, not clients; why each makes no call to the court. */
    private static final Map<Class<?>, String> VALUES = Map.of(
            PreparedFiling.class,
            "a filing ready to be submitted: a value; save and load write and read a small local file, never the court");

    private static final String SETTING = "a setting of the client, read locally";
    private static final String VIEW = "a view of the session's services: no call until one of its methods is called";

    /** Public methods of client types that make no call to the court: type → method name → why. */
    private static final Map<Class<?>, Map<String, String>> NOT_CALLS = Map.of(
            CourtOffice.class,
            Map.ofEntries(
                    Map.entry("baseUrl", SETTING),
                    Map.entry("liveCabinet", SETTING),
                    Map.entry("locale", SETTING),
                    Map.entry("callTimeout", SETTING),
                    Map.entry("attemptTimeout", SETTING),
                    Map.entry("retryPolicy", SETTING),
                    Map.entry("validationOptions", SETTING),
                    Map.entry("toBuilder", "a builder of a variant of the office"),
                    Map.entry("caseSearch", "the office's case search: no call until one of its methods is called"),
                    Map.entry("check", "the local check by the court's rules: no call to the court"),
                    Map.entry("close", "releases the HTTP client the office made: no call to the court")),
            CourtSession.class,
            Map.of(
                    "user",
                    "the account as the court named it at log-in",
                    "expiresAt",
                    "when the session ends, as the court said at log-in",
                    "myCases",
                    VIEW,
                    "drafts",
                    VIEW,
                    "notifications",
                    VIEW,
                    "judicialActs",
                    VIEW,
                    "accountToken",
                    "the token the court issued at log-in, handed to the case search: no call",
                    "close",
                    "AutoCloseable's log-out that never throws; logoutAsync is the asynchronous log-out"),
            CaseSearchClient.class,
            Map.of(
                    "baseUrl",
                    SETTING,
                    "signedIn",
                    "a client on the same connections that sends an account's token: no call",
                    "isSignedIn",
                    SETTING,
                    "close",
                    "releases the HTTP client the client made: no call to the court"));

    @Test
    void everyCallOfTheClientApi_hasItsAsynchronousForm() {
        List<String> missing = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (Class<?> type : clientTypes()) {
            missing.addAll(withoutAsyncForm(type, NOT_CALLS.getOrDefault(type, Map.of()), checked));
        }
        assertThat(missing).as("calls without their asynchronous form").isEmpty();
        // the rule cannot pass by seeing nothing: the calls known today are among those checked
        assertThat(checked)
                .contains(
                        "CourtOffice.login(String, char[])",
                        "CourtOffice.register(NcaSigner, char[], String, UserAgreement)",
                        "CourtSession.file(Filing, NcaSigner)",
                        "CourtSession.logout()",
                        "Notifications.list()",
                        "Drafts.delete(String)",
                        "JudicialActs.download(JudicialActEntry, Path)",
                        "MyCases.talon(FilingId)",
                        "CaseSearchClient.observe(String, char[])");
    }

    @Test
    void theClientTypes_areReachedFromTheEntryPoints() {
        assertThat(clientTypes())
                .contains(
                        CourtOffice.class,
                        CourtSession.class,
                        MyCases.class,
                        Notifications.class,
                        Drafts.class,
                        JudicialActs.class,
                        CaseSearchClient.class,
                        CaseSearch.class)
                .doesNotContainAnyElementsOf(VALUES.keySet());
    }

    /** The rule itself: a call without its twin, or with a twin of another shape, is found. */
    @Test
    void theRule_findsACallWithoutItsTwin_andATwinOfAnotherShape() {
        assertThat(withoutAsyncForm(Incomplete.class, Map.of(), new TreeSet<>()))
                .containsExactlyInAnyOrder(
                        "Incomplete.delete(String): no deleteAsync with the same parameters",
                        "Incomplete.list(int): no listAsync with the same parameters",
                        "Incomplete.getAsync(String) returns java.util.concurrent.CompletableFuture<java.lang.Object>,"
                                + " not CompletableFuture<java.lang.String>");
    }

    /** A client as it must not be. */
    public interface Incomplete {
        List<String> list();

        CompletableFuture<List<String>> listAsync();

        List<String> list(int limit);

        void delete(String id);

        String get(String id);

        CompletableFuture<Object> getAsync(String id);

        void save(String id);

        CompletableFuture<Void> saveAsync(String id);
    }

    /** The public methods of {@code type} that have no asynchronous twin of the right shape, described. */
    private static List<String> withoutAsyncForm(Class<?> type, Map<String, String> exempt, Set<String> checked) {
        List<String> missing = new ArrayList<>();
        for (Method call : publicInstanceMethods(type)) {
            if (CompletableFuture.class.equals(call.getReturnType()) || exempt.containsKey(call.getName())) {
                continue;
            }
            checked.add(describe(call));
            Method async;
            try {
                async = type.getMethod(call.getName() + "Async", call.getParameterTypes());
            } catch (NoSuchMethodException e) {
                missing.add(describe(call) + ": no " + call.getName() + "Async with the same parameters");
                continue;
            }
            Type expected = boxed(call.getGenericReturnType());
            if (!(async.getGenericReturnType() instanceof ParameterizedType future)
                    || !CompletableFuture.class.equals(future.getRawType())
                    || !future.getActualTypeArguments()[0].equals(expected)) {
                missing.add(describe(async) + " returns "
                        + async.getGenericReturnType().getTypeName() + ", not CompletableFuture<"
                        + expected.getTypeName() + ">");
            }
        }
        return missing;
    }

    /** An exemption that names no method of its type is stale: it would hide a call added under that name. */
    @Test
    void everyExemption_namesAMethodOfItsType() {
        NOT_CALLS.forEach((type, methods) -> assertThat(publicInstanceMethods(type))
                .extracting(Method::getName)
                .as("methods of %s", type.getSimpleName())
                .containsAll(methods.keySet()));
        assertThat(clientTypes()).containsAll(NOT_CALLS.keySet());
    }

    /** The entry points and the types their public methods return, transitively, that are clients. */
    private static Set<Class<?>> clientTypes() {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(ENTRY_POINTS);
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type) || !isClient(type)) {
                continue;
            }
            found.add(type);
            for (Method m : publicInstanceMethods(type)) {
                todo.add(m.getReturnType());
            }
        }
        return found;
    }

    private static boolean isClient(Class<?> type) {
        return Modifier.isPublic(type.getModifiers())
                && CLIENT_PACKAGES.stream().anyMatch(p -> type.getPackageName().startsWith(p))
                && !type.isRecord()
                && !type.isEnum()
                && !type.isAnnotation()
                && !Throwable.class.isAssignableFrom(type)
                && !type.getSimpleName().equals("Builder")
                && !VALUES.containsKey(type);
    }

    private static List<Method> publicInstanceMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .filter(m -> !m.getDeclaringClass().equals(Object.class))
                .filter(m -> !Set.of("toString", "hashCode", "equals").contains(m.getName()))
                .toList();
    }

    private static Type boxed(Type type) {
        if (!(type instanceof Class<?> c) || !c.isPrimitive()) {
            return type;
        }
        return Map.<Class<?>, Class<?>>of(
                        void.class, Void.class,
                        boolean.class, Boolean.class,
                        int.class, Integer.class,
                        long.class, Long.class,
                        double.class, Double.class)
                .getOrDefault(c, c);
    }

    private static String describe(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + "("
                + String.join(
                        ", ",
                        Arrays.stream(m.getParameterTypes())
                                .map(Class::getSimpleName)
                                .toList()) + ")";
    }
}
