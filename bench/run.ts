// PLACEHOLDER: the benchmark suite lands with the bench work.
export async function runBench(_args: string[]): Promise<number> {
  console.error('bench: not built yet');
  return 1;
}
