/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment PartnerCareFields on CareArrangement {\n  kind\n  caregiverName\n  caregiverRelation\n  registeredOn\n  surrogates {\n    name\n    role\n  }\n}\n\nquery PartnerChildrenInCare($first: Int!, $after: String) {\n  children(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        age\n        gender\n        isLeftBehind\n        inDistress\n        village {\n          name\n        }\n        careArrangement {\n          ...PartnerCareFields\n        }\n      }\n    }\n  }\n}\n\nquery PartnerCareRegister($first: Int!) {\n  careRegister(first: $first, kind: LEFT_BEHIND) {\n    id\n    ...PartnerCareFields\n    child {\n      id\n      name\n      age\n    }\n  }\n}": typeof types.PartnerCareFieldsFragmentDoc,
};
const documents: Documents = {
    "fragment PartnerCareFields on CareArrangement {\n  kind\n  caregiverName\n  caregiverRelation\n  registeredOn\n  surrogates {\n    name\n    role\n  }\n}\n\nquery PartnerChildrenInCare($first: Int!, $after: String) {\n  children(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        age\n        gender\n        isLeftBehind\n        inDistress\n        village {\n          name\n        }\n        careArrangement {\n          ...PartnerCareFields\n        }\n      }\n    }\n  }\n}\n\nquery PartnerCareRegister($first: Int!) {\n  careRegister(first: $first, kind: LEFT_BEHIND) {\n    id\n    ...PartnerCareFields\n    child {\n      id\n      name\n      age\n    }\n  }\n}": types.PartnerCareFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PartnerCareFields on CareArrangement {\n  kind\n  caregiverName\n  caregiverRelation\n  registeredOn\n  surrogates {\n    name\n    role\n  }\n}\n\nquery PartnerChildrenInCare($first: Int!, $after: String) {\n  children(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        age\n        gender\n        isLeftBehind\n        inDistress\n        village {\n          name\n        }\n        careArrangement {\n          ...PartnerCareFields\n        }\n      }\n    }\n  }\n}\n\nquery PartnerCareRegister($first: Int!) {\n  careRegister(first: $first, kind: LEFT_BEHIND) {\n    id\n    ...PartnerCareFields\n    child {\n      id\n      name\n      age\n    }\n  }\n}"): (typeof documents)["fragment PartnerCareFields on CareArrangement {\n  kind\n  caregiverName\n  caregiverRelation\n  registeredOn\n  surrogates {\n    name\n    role\n  }\n}\n\nquery PartnerChildrenInCare($first: Int!, $after: String) {\n  children(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        age\n        gender\n        isLeftBehind\n        inDistress\n        village {\n          name\n        }\n        careArrangement {\n          ...PartnerCareFields\n        }\n      }\n    }\n  }\n}\n\nquery PartnerCareRegister($first: Int!) {\n  careRegister(first: $first, kind: LEFT_BEHIND) {\n    id\n    ...PartnerCareFields\n    child {\n      id\n      name\n      age\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;