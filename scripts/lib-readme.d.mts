// Types for scripts/lib-readme.mjs.
export interface Token {
  t: 'id' | 'num' | 'str' | 're' | 'p' | 'doc' | 'cmt';
  v: string;
  s: number;
  e: number;
}
export interface Parameter {
  name: string;
  optional: boolean;
  rest: boolean;
  type: string;
  defaultValue: string;
}
export type Declaration =
  | { kind: 'function'; generics: string; params: Parameter[]; returns: string; overload: boolean }
  | { kind: 'const'; type: string; value: string; keys: string[] }
  | { kind: 'type'; generics: string; value: string }
  | { kind: 'interface' | 'class' | 'enum'; members: string[] };
export type DeclarationEntry = Declaration & { doc: string | null; exported: boolean; line: number };
export type ModuleExport =
  | { star: true; from: string }
  | { name: string; local: string }
  | { name: string; from: string; imported: string }
  | { name: string; from: string; namespace: true };
export interface ScannedModule {
  declarations: Map<string, DeclarationEntry[]>;
  imports: Map<string, { from: string; name: string }>;
  exports: ModuleExport[];
}
export interface PublicExport {
  name: string;
  declaredAs: string;
  file: string;
  line: number;
  kind: Declaration['kind'];
  doc: string | null;
  declarations: DeclarationEntry[];
}
export interface Family {
  name: string;
  entry: string;
}
export interface FamilyExports extends Family {
  exports: PublicExport[];
}
export function tokenize(src: string): Token[];
export function scanModule(src: string): ScannedModule;
export function docText(doc: string): string;
export function firstSentence(doc: string): string;
export function collectExports(
  entry: string,
  readFile: (file: string) => string,
  exists: (file: string) => boolean,
): PublicExport[];
export function listFamilies(root: string): Family[];
export function collectLib(root: string): FamilyExports[];
export function renderSignature(d: Extract<Declaration, { kind: 'function' }>): string;
export function renderFamily(family: FamilyExports): string;
export function updateReadme(readme: string, families: FamilyExports[]): string;
export function undocumented(families: FamilyExports[]): string[];
export function formatWithBiome(text: string, root: string, file?: string): string;
