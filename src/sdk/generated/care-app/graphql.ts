/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why a child is under care (关爱类型, plan R6.1). */
export type CareKind =
  /** Child in distress (困境儿童) */
  | 'IN_DISTRESS'
  /** Left-behind child (留守儿童) */
  | 'LEFT_BEHIND';

/** Gender (性别). */
export type Gender =
  /** Female (女) */
  | 'FEMALE'
  /** Male (男) */
  | 'MALE';

/** Relation of a guardian to the child (与儿童关系). */
export type GuardianRelation =
  /** Father (父亲) */
  | 'FATHER'
  /** Grandfather (祖父/外祖父) */
  | 'GRANDFATHER'
  /** Grandmother (祖母/外祖母) */
  | 'GRANDMOTHER'
  /** Mother (母亲) */
  | 'MOTHER'
  /** Other (其他) */
  | 'OTHER'
  /** Other relative (其他亲属) */
  | 'OTHER_RELATIVE'
  /** Adult sibling (兄姐) */
  | 'SIBLING';

export type PartnerCareFieldsFragment = { kind: CareKind, caregiverName: string, caregiverRelation: GuardianRelation, registeredOn: string, surrogates: Array<{ name: string, role: string }> };

export type PartnerChildrenInCareQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PartnerChildrenInCareQuery = { children: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, age: number, gender: Gender, isLeftBehind: boolean, inDistress: boolean, village: { name: string }, careArrangement: { kind: CareKind, caregiverName: string, caregiverRelation: GuardianRelation, registeredOn: string, surrogates: Array<{ name: string, role: string }> } | null } }> } };

export type PartnerCareRegisterQueryVariables = Exact<{
  first: number;
}>;


export type PartnerCareRegisterQuery = { careRegister: Array<{ id: string, kind: CareKind, caregiverName: string, caregiverRelation: GuardianRelation, registeredOn: string, child: { id: string, name: string, age: number } | null, surrogates: Array<{ name: string, role: string }> }> };

export const PartnerCareFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerCareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareArrangement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverName"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverRelation"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"surrogates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<PartnerCareFieldsFragment, unknown>;
export const PartnerChildrenInCareDocument = {"__meta__":{"hash":"sha256:c5a21af23eb88e2edb01e3b243e1b23189dfaf1901fdfb32f717c16f7e56842a"}} as unknown as DocumentNode<PartnerChildrenInCareQuery, PartnerChildrenInCareQueryVariables>;
export const PartnerCareRegisterDocument = {"__meta__":{"hash":"sha256:d7919f45a8a6a38f05e79fb601f8f2732601016efbb75ec7991cc80e89b6d89f"}} as unknown as DocumentNode<PartnerCareRegisterQuery, PartnerCareRegisterQueryVariables>;