/** `next/navigation` for integration tests: `redirect` throws, as Next's does, with the URL. */
export const redirect = (url: string) => {
  throw Object.assign(new Error('NEXT_REDIRECT'), { url });
};
