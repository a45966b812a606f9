// The bench still imports the browser settings from here; they live in testing/.
export * from '../../testing/chromium';
