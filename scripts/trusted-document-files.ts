import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { readFileSync } from 'node:fs';
import { Kind, parse, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

/**
 * Files → trusted-document texts for `npm run partner -- trust` (issue 6
 * "Partner contract"). Two kinds of file:
 *
 * - a persisted-documents manifest (`*.json`, { "sha256:<hex>": "<text>" }), as
 *   codegen.yml writes it next to each SDK: registered as it is;
 * - `*.graphql` files: each operation becomes its own document with the
 *   fragments it uses, printed exactly as GraphQL Code Generator's client
 *   preset prints persisted documents (printExecutableGraphQLDocument of
 *   @graphql-tools/documents: sorted, one line), so the hashes are the SDK's.
 */
export interface DocumentFromFile {
  text: string;
  /** The manifest's key, checked against the text's hash. */
  hash?: string;
  source: string;
}

export function documentsFromFiles(files: readonly string[]): DocumentFromFile[] {
  return files.flatMap((file) => {
    const content = readFileSync(file, 'utf8');
    if (file.endsWith('.json')) {
      let manifest: unknown;
      try {
        manifest = JSON.parse(content);
      } catch {
        throw new Error(`${file}: not valid JSON (expected a persisted-documents manifest {"sha256:<hex>": "<document>"})`);
      }
      if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) throw new Error(`${file}: expected an object {"sha256:<hex>": "<document>"}`);
      return Object.entries(manifest as Record<string, unknown>).map(([hash, text]) => {
        if (typeof text !== 'string') throw new Error(`${file}: ${hash}: the document must be a string`);
        return { hash, text, source: file };
      });
    }
    return operationDocuments(content).map((text) => ({ text, source: file }));
  });
}

/** One normalised document per operation of a source, each with the fragments it uses (recursively). */
export function operationDocuments(source: string): string[] {
  const doc = parse(source);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return doc.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => {
      const used = new Map<string, FragmentDefinitionNode>();
      const collect = (node: DefinitionNode) =>
        visit(node, {
          FragmentSpread(spread) {
            const f = fragments.get(spread.name.value);
            if (f && !used.has(f.name.value)) {
              used.set(f.name.value, f);
              collect(f);
            }
          },
        });
      collect(op);
      const standalone: DocumentNode = { kind: Kind.DOCUMENT, definitions: [op, ...used.values()] };
      return printExecutableGraphQLDocument(standalone);
    });
}
