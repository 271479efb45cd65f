/**
 * Adaptive Simpson quadrature for the tests' independent checks: slow, but nothing in it knows
 * about Gamma or Beta functions, so agreement with the closed forms means something. The
 * tolerance is relative to a first, coarse estimate of the integral.
 */
export function integrate(f: (x: number) => number, from: number, to: number, relativeTolerance = 1e-9, panels = 64): number {
  const width = (to - from) / panels;
  const pieces: { a: number; b: number; fa: number; fm: number; fb: number; whole: number }[] = [];
  let coarse = 0;
  for (let i = 0; i < panels; i++) {
    const a = from + i * width;
    const b = i === panels - 1 ? to : a + width;
    const fa = f(a);
    const fm = f((a + b) / 2);
    const fb = f(b);
    const whole = simpson(a, b, fa, fm, fb);
    coarse += Math.abs(whole);
    pieces.push({ a, b, fa, fm, fb, whole });
  }
  const tolerance = (relativeTolerance * coarse) / panels;
  return pieces.reduce((total, p) => total + refine(f, p.a, p.b, p.fa, p.fm, p.fb, p.whole, tolerance, 40), 0);
}

function simpson(a: number, b: number, fa: number, fm: number, fb: number): number {
  return ((b - a) / 6) * (fa + 4 * fm + fb);
}

function refine(f: (x: number) => number, a: number, b: number, fa: number, fm: number, fb: number, whole: number, tolerance: number, depth: number): number {
  const m = (a + b) / 2;
  const flm = f((a + m) / 2);
  const frm = f((m + b) / 2);
  const left = simpson(a, m, fa, flm, fm);
  const right = simpson(m, b, fm, frm, fb);
  const error = left + right - whole;
  if (depth <= 0 || Math.abs(error) <= 15 * tolerance) return left + right + error / 15;
  return refine(f, a, m, fa, flm, fm, left, tolerance / 2, depth - 1) + refine(f, m, b, fm, frm, fb, right, tolerance / 2, depth - 1);
}
