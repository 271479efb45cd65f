/**
 * A #变量# is at most 10 characters without spaces or #, as the tier contract checks it, so a
 * lone # (#1 号款) stays plain text.
 */
const VARIABLE = /#([^#\s]{1,10})#/g;

/** Replaces each #变量# by its value (keys without the #); an unknown one is left as written. */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(VARIABLE, (token, name: string) => (Object.hasOwn(values, name) ? values[name] : undefined) ?? token);
}

/**
 * One message per distinct unknown #变量#, in order of appearance. `allowed` may be written
 * with or without the # marks.
 */
export function templateProblems(template: string, allowed: readonly string[]): string[] {
  const names = new Set(allowed.map((a) => a.replace(/^#|#$/g, '')));
  const listed = [...names].map((n) => `#${n}#`).join(' ');
  const problems: string[] = [];
  const reported = new Set<string>();
  for (const [token, name = ''] of template.matchAll(VARIABLE)) {
    if (names.has(name) || reported.has(name)) continue;
    reported.add(name);
    problems.push(names.size === 0 ? `不认识的变量 ${token}，这里不能用变量` : `不认识的变量 ${token}，可用的有：${listed}`);
  }
  return problems;
}
