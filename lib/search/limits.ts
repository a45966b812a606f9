/**
 * The longest query searched; the search fields' maxlength too. A module of its own because the
 * 404 page's search form runs in the browser, where the index (and the content it reads) must not.
 */
export const MAX_QUERY_LENGTH = 200;
