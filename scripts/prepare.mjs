// `npm ci` / `npm install` in a clone: build the package when its build tools are installed. With
// `--omit=dev` they are not, and there is nothing to build for (an installed package ships dist/).
// Everything this prints goes to standard error: `npm pack --json` runs prepare and its standard
// output must stay the JSON document.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (existsSync('node_modules/tsup')) {
  const r = spawnSync('npm', ['run', '-s', 'build'], { stdio: ['inherit', process.stderr, 'inherit'] });
  process.exit(r.status ?? 1);
} else {
  console.error('iwmo-ijw: build tools not installed (--omit=dev): nothing built');
}
