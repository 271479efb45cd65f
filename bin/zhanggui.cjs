#!/usr/bin/env node
// The `zhanggui` command: runs the bundled command line (built by `npm install` / `npm run build`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'main', 'cli.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('命令行还没有构建：请先在项目目录运行 npm run build。\n');
  process.exit(1);
}
require(bundle);
