"""Running the desk: the application, its context, worker threads, start-up, self-test, screenshots, drafts."""
