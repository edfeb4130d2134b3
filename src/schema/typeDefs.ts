import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gql } from 'graphql-tag';

/** Path of the SDL file that is the single source of truth for the API. */
export const SCHEMA_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');

/** The parsed schema document, loaded once at startup. */
export const typeDefs = gql(readFileSync(SCHEMA_PATH, 'utf8'));
