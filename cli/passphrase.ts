// Passphrases for the file keyring: MARKETCHAIN_KEYRING_PASSPHRASE, a hidden prompt on a terminal,
// or lines read from standard input.
import { createInterface } from 'node:readline';
import { CliError } from './env.js';

let stdinLines: string[] | undefined;

async function readStdinLines(): Promise<string[]> {
  if (stdinLines) return stdinLines;
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  stdinLines = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
  return stdinLines;
}

/** Reads the next line of input (prompting on a terminal, hidden when `secret`). */
export async function readLine(prompt: string, secret = false): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = await readStdinLines();
    const line = lines.shift();
    if (line === undefined || (line === '' && lines.length === 0)) throw new CliError(`${prompt.replace(/:\s*$/, '')}: no input on stdin`);
    return line;
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  if (secret) (rl as any)._writeToOutput = (s: string) => (s.includes(prompt) ? process.stderr.write(s) : undefined);
  return new Promise((resolve) => {
    rl.question(prompt, (a) => {
      rl.close();
      if (secret) process.stderr.write('\n');
      resolve(a);
    });
  });
}

export async function passphrase(prompt = 'Enter keyring passphrase: '): Promise<string> {
  const env = process.env.MARKETCHAIN_KEYRING_PASSPHRASE;
  if (env !== undefined) return env;
  return readLine(prompt, true);
}

export async function newPassphrase(): Promise<string> {
  const env = process.env.MARKETCHAIN_KEYRING_PASSPHRASE;
  if (env !== undefined) return env;
  const a = await readLine('Enter keyring passphrase (at least 8 characters): ', true);
  const b = await readLine('Re-enter keyring passphrase: ', true);
  if (a !== b) throw new CliError('passphrases do not match');
  return a;
}
