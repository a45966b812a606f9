// The bench still imports the database helpers from here; they live in testing/database/.
export * from '../../testing/database/postgres';
