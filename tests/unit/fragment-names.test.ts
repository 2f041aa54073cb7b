/**
 * nameFragmentsByPlace on an index Pagefind made: every page still finds its
 * own text, the names are short and shared, and a name never stands for two
 * contents.
 */
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import { nameFragmentsByPlace } from '../../src/search-index/fragment-names.ts';
import { IndexFormatError, readPagefindFile, writePagefindFile } from '../../src/search-index/pagefind-format.ts';
import { type CborValue } from '../../src/search-index/cbor.ts';
import { buildPagefindIndex, type PagefindOutput } from '../helpers/pagefind-index.ts';

let files: PagefindOutput;
let metaFile: string;

const fragmentsOf = (source: Map<string, Uint8Array>) => (name: string) => {
  const bytes = source.get(`fragment/${name}.pf_fragment`);
  if (!bytes) throw new Error(`no fragment ${name}`);
  return bytes;
};
const document = (bytes: Uint8Array) => readPagefindFile(bytes, 'meta') as CborValue[];
const pages = (bytes: Uint8Array) => document(bytes)[1] as [string, number, string][];
const urlOf = (fragment: Uint8Array) => (JSON.parse(gunzipSync(fragment).toString('utf8').slice('pagefind_dcd'.length)) as { url: string }).url;
const name = (bytes: Uint8Array, read = fragmentsOf(files)) => nameFragmentsByPlace('en', bytes, metaFile, read);

beforeAll(async () => {
  files = await buildPagefindIndex();
  const hash = JSON.parse(Buffer.from(files.get('pagefind-entry.json')!).toString('utf8')).languages.en.hash;
  metaFile = `pagefind.${hash}.pf_meta`;
}, 60_000);
afterAll(() => pagefind.close());

describe('nameFragmentsByPlace', () => {
  it('gives every page its own fragment, byte for byte, under the new name', () => {
    const meta = files.get(metaFile)!;
    const result = name(meta);
    const before = pages(meta);
    const after = pages(result.meta);
    expect(after).toHaveLength(40);
    after.forEach(([fragment], place) => {
      expect(result.fragments.get(fragment)).toEqual(fragmentsOf(files)(before[place]![0]));
    });
    expect(new Set(after.map(([fragment]) => urlOf(result.fragments.get(fragment)!))).size).toBe(40);
    expect(result.replaced).toEqual(before.map(([fragment]) => fragment));
  });

  it('changes only the names: word counts, chunks, filters and the rest of the meta file stay', () => {
    const meta = files.get(metaFile)!;
    const after = document(name(meta).meta);
    const before = document(meta);
    expect(after.slice(2)).toEqual(before.slice(2));
    expect(pages(name(meta).meta).map((page) => page.slice(1))).toEqual(pages(meta).map((page) => page.slice(1)));
  });

  it('names share one prefix and count up, so the page list compresses to less than Pagefind wrote', () => {
    const meta = files.get(metaFile)!;
    const names = pages(name(meta).meta).map(([fragment]) => fragment);
    const prefix = names[0]!.replace(/[0-9a-z]+$/, '');
    expect(prefix).toMatch(/^en_[0-9a-f]{10}_$/);
    expect(names).toEqual(names.map((_, place) => `${prefix}${place.toString(36)}`));
    const listBytes = (bytes: Uint8Array) => gzipSync(JSON.stringify(pages(bytes))).length;
    expect(listBytes(name(meta).meta)).toBeLessThan(listBytes(meta) * 0.8);
  });

  it('the same fragments get the same names; a change to any one page renames them all', () => {
    const meta = files.get(metaFile)!;
    const first = pages(name(meta).meta)[0]![0];
    expect(pages(name(meta).meta)[0]![0]).toBe(first);
    const lastPage = pages(meta).at(-1)![0];
    const edited = new Map(files);
    edited.set(`fragment/${lastPage}.pf_fragment`, gzipSync('pagefind_dcd{"url":"/questions/changed/","content":"changed"}'));
    const renamed = pages(name(meta, fragmentsOf(edited)).meta);
    expect(renamed[0]![0]).not.toBe(first);
    expect(renamed[0]![0].slice(0, -1)).not.toBe(first.slice(0, -1));
  });

  it('a page in a fragment group, or a page list of another shape: an error naming the meta file', () => {
    const grouped = document(files.get(metaFile)!);
    const list = grouped[1] as CborValue[][];
    list[0] = [list[0]![0]!, list[0]![1]!, 'en_group1'];
    expect(() => name(writePagefindFile(grouped))).toThrow(IndexFormatError);
    expect(() => name(writePagefindFile(grouped))).toThrow(`${metaFile}: page "${list[0]![0]}" is in a fragment group`);
    const otherShape = [...document(files.get(metaFile)!)];
    otherShape[1] = ['en_1'];
    expect(() => name(writePagefindFile(otherShape))).toThrow(`${metaFile}: expected every page to be [fragment, words, ...]`);
  });
});
