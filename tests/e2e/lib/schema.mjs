// Validating files against the JSON Schema that ships with the app
// (dist/canevas.schema.json, copied from public/).

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { DEFAULT_DIST } from './server.mjs';

const require = createRequire(import.meta.url);

export const SCHEMA_PATH = path.join(DEFAULT_DIST, 'canevas.schema.json');

/** Compiles the shipped schema with the Ajv flavour its `$schema` asks for. */
export async function loadValidator(schemaPath = SCHEMA_PATH) {
  const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
  const dialect = String(schema.$schema ?? '');
  let Ajv;
  if (dialect.includes('2020-12')) Ajv = require('ajv/dist/2020').default;
  else if (dialect.includes('2019-09')) Ajv = require('ajv/dist/2019').default;
  else Ajv = require('ajv').default;
  const addFormats = require('ajv-formats').default;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return {
    schema,
    /** Returns null when valid, else a readable list of errors. */
    errors(data) {
      if (validate(data)) return null;
      return ajv.errorsText(validate.errors, { separator: '\n', dataVar: 'file' });
    },
  };
}
