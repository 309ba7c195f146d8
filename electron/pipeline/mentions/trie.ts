/**
 * A trie over word keys: lexicon look-ups cost one hash probe per word, whatever the lexicon size
 * (no per-mention scan of the lexicon).
 */
interface TrieNode<V> {
  children: Map<string, TrieNode<V>>;
  values: V[];
}

export interface TrieMatch<V> {
  /** Index just past the last matched key. */
  end: number;
  values: readonly V[];
}

export class TokenTrie<V> {
  private readonly root: TrieNode<V> = { children: new Map(), values: [] };

  insert(keys: readonly string[], value: V): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.children.get(key);
      if (!child) {
        child = { children: new Map(), values: [] };
        node.children.set(key, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /** Every entry that matches `keys` starting at `start`, shortest first. */
  matchesAt(keys: readonly string[], start: number): TrieMatch<V>[] {
    const found: TrieMatch<V>[] = [];
    let node: TrieNode<V> | undefined = this.root;
    for (let i = start; i < keys.length; i++) {
      node = node.children.get(keys[i]);
      if (!node) break;
      if (node.values.length > 0) found.push({ end: i + 1, values: node.values });
    }
    return found;
  }

  /** Entries stored under exactly these keys. */
  get(keys: readonly string[]): readonly V[] {
    let node: TrieNode<V> | undefined = this.root;
    for (const key of keys) {
      node = node.children.get(key);
      if (!node) return [];
    }
    return node.values;
  }
}
