// `wxt` as the npm scripts run it: on a terminal, exactly WXT; piped to a log or CI, plain lines
// (WXT draws its build spinner whatever the output is).
import { spawn } from 'node:child_process';
import { plainLines } from './plain-lines.mjs';

const onTerminal = Boolean(process.stdout.isTTY);
const child = spawn('wxt', process.argv.slice(2), {
  stdio: ['inherit', onTerminal ? 'inherit' : 'pipe', 'inherit'],
  shell: process.platform === 'win32',
});
if (!onTerminal && child.stdout) {
  const plain = plainLines();
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => process.stdout.write(plain.push(chunk)));
  child.stdout.on('end', () => process.stdout.write(plain.end()));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
