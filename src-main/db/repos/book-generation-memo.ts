import type Database from 'better-sqlite3';

/**
 * Remembers answers (list counts) until the book changes. The book's generation is SQLite's own:
 * `data_version` moves when another connection commits (an import runs on its own thread and
 * connection), `total_changes()` when this one writes. Scrolling through a list asks for the
 * same count with every page; it is counted once.
 */
export function createBookGenerationMemo<T>(sqlite: Database.Database, capacity: number) {
  const generationStatement = sqlite.prepare('SELECT (SELECT data_version FROM pragma_data_version) AS version, total_changes() AS changes');
  let generation = '';
  const answers = new Map<string, T>();
  return {
    get(key: string, compute: () => T): T {
      const { version, changes } = generationStatement.get() as { version: number; changes: number };
      const now = `${version}:${changes}`;
      if (now !== generation) {
        answers.clear();
        generation = now;
      }
      const known = answers.get(key);
      if (known !== undefined) {
        // Most recently used last, so the oldest answer is the one dropped.
        answers.delete(key);
        answers.set(key, known);
        return known;
      }
      const answer = compute();
      answers.set(key, answer);
      if (answers.size > capacity) answers.delete(answers.keys().next().value!);
      return answer;
    },
  };
}
