// Jest stand-in for @web/core/registry: a plain map per category.
const categories = new Map<string, Map<string, unknown>>();
export const registry = {
  category(name: string) {
    if (!categories.has(name)) categories.set(name, new Map());
    const map = categories.get(name)!;
    const cat = {
      add(key: string, value: unknown) { map.set(key, value); return cat; },
      get(key: string) { return map.get(key); },
    };
    return cat;
  },
};
