import { MAX_QUERY_LENGTH } from '@/lib/search';

type SearchFormProps = { defaultValue?: string; className?: string; id?: string };

/** A plain GET form: search works the same with or without JavaScript. */
export function SearchForm({ defaultValue, className = '', id = 'site-search' }: SearchFormProps) {
  return (
    <form role="search" action="/search" className={`flex min-w-0 gap-2 ${className}`}>
      <label htmlFor={id} className="sr-only">
        Search topics
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Search topics…"
        className="min-w-0 grow rounded-md border border-line bg-canvas px-3 py-1.5 text-sm text-ink placeholder:text-muted"
      />
      <button
        type="submit"
        className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-on-accent"
      >
        Search
      </button>
    </form>
  );
}
