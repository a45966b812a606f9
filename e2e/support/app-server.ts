// The bench still imports the server helpers from here; they live in testing/.
export * from '../../testing/app-server';
