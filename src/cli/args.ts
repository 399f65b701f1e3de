/** Minimal flag parsing for the CLI: `--name value`, `--flag`, and the rest as positional arguments. */
export function parseArgs(args: string[], valued: string[]): { flags: Map<string, string | true>; rest: string[] } {
  const flags = new Map<string, string | true>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--') || arg === '-') rest.push(arg);
    else if (valued.includes(arg.slice(2))) flags.set(arg.slice(2), args[++i] ?? '');
    else flags.set(arg.slice(2), true);
  }
  return { flags, rest };
}

/** Reads all of standard input as text. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The lines of JSONL input, each parsed; a bad line throws with its number. */
export function* jsonLines(text: string): Generator<unknown> {
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (!line) continue;
    try {
      yield JSON.parse(line);
    } catch {
      throw new Error(`chartcode: input line ${n + 1} is not JSON`);
    }
  }
}
