import fs from 'node:fs/promises';
import path from 'node:path';
import { ValidationError } from './errors';

/** Where uploaded files (invoices, résumés, scanned forms) are kept: on disk by default; S3-compatible storage fits the same interface. */
export interface FileStorage {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

/** Files under one folder; keys are relative paths made of letters, digits, dashes, dots and slashes. */
export class DiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!/^[\w-]+(\/[\w.-]+)*$/.test(key) || key.includes('..')) throw new Error(`Not a storage key: ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const file = this.pathOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, data);
  }

  get(key: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }
}

let configured: FileStorage | undefined;

/** The installation's file storage: `PRAXIS_FILES_DIR`, or data/files beside the embedded database. */
export function fileStorage(): FileStorage {
  configured ??= new DiskStorage(process.env.PRAXIS_FILES_DIR ?? path.resolve(__dirname, '../../../data/files'));
  return configured;
}

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const SIGNATURES: [contentType: string, bytes: number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

/**
 * A scanned or downloaded document (an invoice, a form): a PDF, PNG or JPEG by what its first bytes
 * are, not by what its name says, and at most 10 MB. Returns its real content type.
 */
export function checkDocument(data: Buffer, field: string): string {
  if (data.length === 0) throw new ValidationError(field, 'The file is empty.');
  if (data.length > MAX_DOCUMENT_BYTES) throw new ValidationError(field, 'Attach a file of at most 10 MB.');
  const match = SIGNATURES.find(([, bytes]) => bytes.every((b, i) => data[i] === b));
  if (!match) throw new ValidationError(field, 'Attach a PDF, PNG or JPEG file.');
  return match[0];
}
