/**
 * One localStorage key holding a visitor's data, read and written through its own format. Storage
 * can be disabled, full or hold garbage: a key that cannot be read reads as empty, and a write that
 * storage refuses is dropped (the change still shows on this page). Empty data removes the key.
 */
export function browserStorage<Value>(
  key: string,
  format: {
    parse: (stored: string | null) => Value;
    serialize: (value: Value) => string;
    empty: () => Value;
    isEmpty: (value: Value) => boolean;
  },
) {
  return {
    read(): Value {
      try {
        return format.parse(localStorage.getItem(key));
      } catch {
        return format.empty();
      }
    },
    write(value: Value) {
      try {
        if (format.isEmpty(value)) localStorage.removeItem(key);
        else localStorage.setItem(key, format.serialize(value));
      } catch {
        // Storage full or disabled: nothing to do but keep the page's copy.
      }
    },
  };
}

/** {@link browserStorage} for data kept as an object keyed by roadmap, empty when it has no key. */
export function browserTreeStorage<Tree extends object>(
  key: string,
  format: { parse: (stored: string | null) => Tree; serialize: (tree: Tree) => string },
) {
  return browserStorage<Tree>(key, {
    ...format,
    empty: () => ({}) as Tree,
    isEmpty: (tree) => Object.keys(tree).length === 0,
  });
}
