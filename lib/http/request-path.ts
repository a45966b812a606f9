import { isFeedSegment } from '@/lib/plan/feed-path';

/**
 * What a URL path may hold, decided before any page, route handler or query sees it: a segment
 * that is not valid percent-encoded UTF-8 is a bad request; a segment where a content id or a
 * GitHub login belongs must look like one, or the page cannot exist.
 */
type PathVerdict = 'ok' | 'bad-request' | 'not-found';

/** The shape of every roadmap, step, topic and project id (lib/content/schema.ts validates content with it). */
const contentIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** GitHub logins: 1–39 letters, digits and hyphens. */
const gitHubLoginPattern = /^[A-Za-z0-9-]{1,39}$/;

/** The decoded segments of a raw (still percent-encoded) path, or null if one does not decode. */
export function decodeSegments(rawPathname: string): string[] | null {
  const segments: string[] = [];
  // A trailing slash names the same page (Next redirects it), not an empty segment.
  for (const segment of rawPathname.replace(/\/$/, '').split('/').slice(1)) {
    try {
      segments.push(decodeURIComponent(segment));
    } catch {
      return null; // malformed percent-encoding, or bytes that are not UTF-8
    }
  }
  return segments;
}

/**
 * Next forwards a server action posted to a page that does not hold it to the page that does, at
 * its route's own path (`/roadmaps/[roadmap]/[topic]/note`): those segments name no data.
 */
const routeParameter = /^\[[a-z]+\]$/;

const isContentId = (segment = '') =>
  contentIdPattern.test(segment) || routeParameter.test(segment);
const isLogin = (segment = '') => gitHubLoginPattern.test(segment) || routeParameter.test(segment);
const isImage = (segment: string | undefined) => segment === 'opengraph-image';

/** Each dynamic route's segments after its first, and whether they can name a page. */
const routeRules: Record<string, (rest: string[]) => boolean> = {
  // `/roadmaps/<roadmap>/<topic>[/note]`, `/roadmaps/<roadmap>/projects/<project>` and
  // `/roadmaps/<roadmap>/steps/<step>/status`.
  roadmaps: ([roadmap, second, third, fourth, ...more]) =>
    isContentId(roadmap) &&
    (second === undefined || isContentId(second)) &&
    (second === 'steps'
      ? isContentId(third) && fourth === 'status'
      : (third === undefined || (second === 'projects' ? isContentId(third) : third === 'note')) &&
        fourth === undefined) &&
    more.length === 0,
  share: ([roadmap, ...more]) => isContentId(roadmap) && more.length === 0,
  calendar: ([feed = '', ...more]) =>
    (isFeedSegment(feed) || routeParameter.test(feed)) && more.length === 0,
  u: ([login, second, third, ...more]) =>
    isLogin(login) &&
    (second === undefined || isImage(second) ? third === undefined : isContentId(second)) &&
    (third === undefined || isImage(third)) &&
    more.length === 0,
};

export function judgePath(rawPathname: string): PathVerdict {
  const segments = decodeSegments(rawPathname);
  if (!segments) return 'bad-request';
  const [first, ...rest] = segments;
  const rule = first === undefined ? undefined : routeRules[first];
  if (!rule || rest.length === 0) return 'ok'; // a static path: Next answers it, 404 included
  return rule(rest) ? 'ok' : 'not-found';
}
