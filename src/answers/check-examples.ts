/**
 * Every example in our answers goes through a real parser: a Dockerfile through
 * dockerfile-utils (the parser and linter behind VS Code's Docker support), a
 * Compose file against the Compose Specification's JSON schema (as dclint ships
 * it), shell through mvdan/sh (sh-syntax), JSON and YAML through their parsers.
 * Used by tests/content/answers.test.ts and scripts/check-answers.ts; the
 * parsers are development dependencies, so the site build never loads this.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { validate as lintDockerfile } from 'dockerfile-utils';
import { parse as parseShell } from 'sh-syntax';
import { parse as parseYaml } from 'yaml';

export interface Example {
  lang: string;
  value: string;
  /** The line of the code block's opening fence in its file. */
  line: number;
}

/** A problem found in one example: what is wrong, or undefined when it parses. */
export type ExampleCheck = (value: string) => Promise<string | undefined> | string | undefined;

const SHELL = new Set(['bash', 'sh', 'shell']);
/** Languages shown as they are: diagrams, output, config formats we do not parse. */
const UNCHECKED = new Set(['text', 'ini', 'toml', 'plaintext']);

export async function checkExample(example: Example): Promise<string | undefined> {
  const lang = example.lang.toLowerCase();
  if (lang === 'dockerfile') return checkDockerfile(example.value);
  if (lang === 'yaml' || lang === 'yml') return checkYaml(example.value);
  if (lang === 'json') return checkJson(example.value);
  if (SHELL.has(lang)) return checkShell(example.value);
  if (lang === 'console') return checkConsole(example.value);
  if (UNCHECKED.has(lang)) return undefined;
  return `no parser for language "${example.lang}"; use dockerfile, yaml, json, bash, console or text`;
}

export function checkDockerfile(value: string): string | undefined {
  const problems = lintDockerfile(value);
  if (problems.length === 0) return undefined;
  return problems.map((problem) => `Dockerfile line ${problem.range.start.line + 1}: ${problem.message}`).join('; ');
}

export function checkYaml(value: string): string | undefined {
  let document: unknown;
  try {
    document = parseYaml(value);
  } catch (error) {
    return `YAML does not parse: ${(error as Error).message.split('\n')[0]}`;
  }
  if (!isComposeFile(document)) return undefined;
  const validateCompose = composeValidator();
  if (validateCompose(document)) return undefined;
  const issue = validateCompose.errors?.[0];
  return `not a valid Compose file: ${issue?.instancePath || '/'} ${issue?.message ?? ''}${issue?.params && 'additionalProperty' in issue.params ? ` (${String(issue.params['additionalProperty'])})` : ''}`;
}

export function isComposeFile(document: unknown): boolean {
  return typeof document === 'object' && document !== null && !Array.isArray(document) && 'services' in document;
}

export function checkJson(value: string): string | undefined {
  try {
    JSON.parse(value);
    return undefined;
  } catch (error) {
    return `JSON does not parse: ${(error as Error).message}`;
  }
}

export async function checkShell(value: string): Promise<string | undefined> {
  try {
    await parseShell(value, { variant: 0 /* bash */ } as never);
    return undefined;
  } catch (error) {
    return `shell does not parse: ${(error as Error).message}`;
  }
}

/** A console session: the lines after a "$ " prompt (with their "\" continuations) are commands; the rest is output. */
export async function checkConsole(value: string): Promise<string | undefined> {
  const commands: string[] = [];
  let continuing = false;
  for (const line of value.split('\n')) {
    if (continuing) commands[commands.length - 1] += `\n${line}`;
    else if (line.startsWith('$ ')) commands.push(line.slice(2));
    else continue;
    continuing = line.endsWith('\\');
  }
  if (commands.length === 0) return 'a console block shows at least one command after a "$ " prompt';
  for (const command of commands) {
    const problem = await checkShell(command);
    if (problem) return `${problem} (in "${command.split('\n')[0]}")`;
  }
  return undefined;
}

let compose: ValidateFunction | undefined;
function composeValidator(): ValidateFunction {
  if (compose) return compose;
  const require = createRequire(import.meta.url);
  const schemaPath = join(dirname(require.resolve('dclint/package.json')), 'schemas', 'compose.schema.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  // The schema names draft-07 with an https URL Ajv does not know; it is draft-07.
  delete schema['$schema'];
  compose = new Ajv({ allErrors: false, strict: false }).compile(schema);
  return compose;
}
