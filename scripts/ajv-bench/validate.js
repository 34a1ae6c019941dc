// validate.js DIR: validates every file of DIR with ajv 8 against the request-body JSON
// Schemas that Northflank's CLI 0.9.12 carries (dist/defaults.js: create.service.combined,
// create.service.deployment, create.job.manual), as a user could without nflint. Files are
// chosen by scripts/bench.sh's names: cs-*, ds-*, mj-*; templates (tpl-*) are only parsed, for
// the CLI has no schema of a template. Prints "files valid invalid unparsable unchecked".
'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');
const Ajv = require('ajv');

const { defaults } = require('@northflank/cli/dist/defaults.js');
// The CLI's schemas carry "example" and formats ajv does not know (float), and patterns with
// escapes the unicode flag rejects (\-): read them as the CLI's own, non-strict validation does.
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, logger: false });
const validators = {
  cs: ajv.compile(defaults.create.service.combined.opt.body),
  ds: ajv.compile(defaults.create.service.deployment.opt.body),
  mj: ajv.compile(defaults.create.job.manual.opt.body),
};

const dir = process.argv[2];
const counts = { files: 0, valid: 0, invalid: 0, unparsable: 0, unchecked: 0 };
for (const name of fs.readdirSync(dir)) {
  counts.files++;
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  let doc;
  try {
    doc = name.endsWith('.json') ? JSON.parse(text) : yaml.load(text);
  } catch (e) {
    counts.unparsable++;
    continue;
  }
  const validate = validators[name.split('-')[0]];
  if (!validate) {
    counts.unchecked++;
    continue;
  }
  if (validate(doc)) counts.valid++;
  else counts.invalid++;
}
console.log(Object.values(counts).join(' '));
