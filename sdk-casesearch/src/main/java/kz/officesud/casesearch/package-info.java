/** Case search and case observation (ЭНП, электронное наблюдательное производство). */
@NullMarked
package kz.officesud.casesearch;

import org.jspecify.annotations.NullMarked;
