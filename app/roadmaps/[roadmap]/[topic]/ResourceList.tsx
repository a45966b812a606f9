import type { Resource, ResourceType } from '@/lib/content/schema';
import { resourceTypes } from '@/lib/content/schema';
import { resourceTypeLabels } from '@/lib/format';

import { TopicSection } from './TopicSection';

/** Resources grouped by kind, in a fixed order (documentation first), each marked free or paid. */
export function ResourceList({ resources }: { resources: Resource[] }) {
  const groups = resourceTypes
    .map((type): [ResourceType, Resource[]] => [type, resources.filter((r) => r.type === type)])
    .filter(([, group]) => group.length > 0);
  return (
    <TopicSection id="resources" title="Resources">
      {groups.map(([type, group]) => (
        <div key={type} className="mt-4 first:mt-0">
          <h3 className="text-sm font-semibold tracking-wide text-muted uppercase">
            {resourceTypeLabels[type].many}
          </h3>
          <ul className="mt-2 space-y-2">
            {group.map((resource) => (
              <li
                key={resource.url + resource.title}
                className="flex flex-wrap items-baseline gap-x-2"
              >
                <a
                  href={resource.url}
                  rel="noopener noreferrer"
                  className="font-medium text-accent underline underline-offset-2"
                >
                  {resource.title}
                </a>
                <span className="text-sm text-muted">
                  {resourceTypeLabels[type].one} ·{' '}
                  <span className={resource.cost === 'free' ? '' : 'font-semibold'}>
                    {resource.cost === 'free' ? 'Free' : 'Paid'}
                  </span>
                  <span className="sr-only"> — {new URL(resource.url).hostname}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </TopicSection>
  );
}
