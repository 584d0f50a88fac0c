#include "CLineEdit.h"

#include <errno.h>
#include <fcntl.h>
#include <histedit.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

int cle_available(void) { return 1; }

// MARK: - Editor

// What the C side keeps per editor. EL_CLIENTDATA holds a pointer to it, so the prompt callback
// can find its string and Swift still gets one client-data slot of its own.
typedef struct {
  char *prompt;
  void *client_data;
} EditorState;

static EditorState *state_of(EditLine *editor) {
  void *state = NULL;
  el_get(editor, EL_CLIENTDATA, &state);
  return state;
}

static char *current_prompt(EditLine *editor) {
  EditorState *state = state_of(editor);
  static char empty[] = "";
  return (state && state->prompt) ? state->prompt : empty;
}

EditLine *cle_editor_create(const char *program) {
  EditorState *state = calloc(1, sizeof(EditorState));
  if (!state) return NULL;
  // Swift 6 rejects Glibc's stdin/stdout/stderr globals, so they are passed here.
  EditLine *editor = el_init(program, stdin, stdout, stderr);
  if (!editor) {
    free(state);
    return NULL;
  }
  el_set(editor, EL_CLIENTDATA, state);
  // \1 brackets the bytes of a coloured prompt that take no room on the screen.
  el_set(editor, EL_PROMPT_ESC, current_prompt, '\1');
  el_set(editor, EL_EDITOR, "emacs");
  el_set(editor, EL_SIGNAL, 1);
  // Bound explicitly rather than trusting the default emacs map to search on ^R.
  el_set(editor, EL_BIND, "^R", "em-inc-search-prev", NULL);
  // ~/.editrc (or $EDITRC) last, so a user's own bindings win.
  el_source(editor, NULL);
  return editor;
}

void cle_editor_destroy(EditLine *editor) {
  EditorState *state = state_of(editor);
  el_end(editor);
  if (state) {
    free(state->prompt);
    free(state);
  }
}

void cle_set_prompt(EditLine *editor, const char *prompt) {
  EditorState *state = state_of(editor);
  if (!state) return;
  char *copy = strdup(prompt);
  if (!copy) return;
  free(state->prompt);
  state->prompt = copy;
}

void cle_set_client_data(EditLine *editor, void *data) {
  EditorState *state = state_of(editor);
  if (state) state->client_data = data;
}

void *cle_client_data(EditLine *editor) {
  EditorState *state = state_of(editor);
  return state ? state->client_data : NULL;
}

int cle_bind_function(EditLine *editor, const char *name, const char *help, const char *key,
                      CLEKeyFunction function) {
  if (el_set(editor, EL_ADDFN, name, help, function) != 0) return -1;
  return el_set(editor, EL_BIND, key, name, NULL);
}

int cle_bind_builtin(EditLine *editor, const char *key, const char *command) {
  return el_set(editor, EL_BIND, key, command, NULL);
}

const char *cle_gets(EditLine *editor, int *count) { return el_gets(editor, count); }

void cle_line(EditLine *editor, const char **buffer, int *cursor, int *length) {
  const LineInfo *line = el_line(editor);
  *buffer = line->buffer;
  *cursor = (int)(line->cursor - line->buffer);
  *length = (int)(line->lastchar - line->buffer);
}

int cle_insert(EditLine *editor, const char *text) { return el_insertstr(editor, text); }

void cle_delete(EditLine *editor, int count) { el_deletestr(editor, count); }

void cle_resize(EditLine *editor) { el_resize(editor); }

void cle_refresh(EditLine *editor) { el_set(editor, EL_REFRESH); }

void cle_write(EditLine *editor, const char *text) {
  FILE *output = NULL;
  if (el_get(editor, EL_GETFP, 1, &output) != 0 || !output) output = stdout;
  fputs(text, output);
  fflush(output);
}

int cle_columns(EditLine *editor) {
  int columns = 0;
  if (el_get(editor, EL_GETTC, "co", &columns) == 0 && columns > 0) return columns;
  struct winsize size;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

void cle_attach_history(EditLine *editor, History *list) {
  el_set(editor, EL_HIST, history, list);
}

// MARK: - History

History *cle_history_create(int size, int unique) {
  History *list = history_init();
  if (!list) return NULL;
  HistEvent event;
  history(list, &event, H_SETSIZE, size);
  history(list, &event, H_SETUNIQUE, unique);
  return list;
}

void cle_history_destroy(History *list) { history_end(list); }

int cle_history_enter(History *list, const char *line) {
  HistEvent event;
  return history(list, &event, H_ENTER, line) < 0 ? -1 : 0;
}

void cle_history_clear(History *list) {
  HistEvent event;
  history(list, &event, H_CLEAR);
}

int cle_history_load(History *list, const char *path) {
  HistEvent event;
  return history(list, &event, H_LOAD, path);
}

int cle_history_save(History *list, const char *path) {
  HistEvent event;
  return history(list, &event, H_SAVE, path);
}

int cle_history_count(History *list) {
  HistEvent event;
  return history(list, &event, H_GETSIZE) < 0 ? 0 : event.num;
}

const char *cle_history_oldest(History *list) {
  HistEvent event;
  // libedit keeps the newest entry first: H_LAST is the oldest, H_PREV walks towards newer.
  return history(list, &event, H_LAST) < 0 ? NULL : event.str;
}

const char *cle_history_newer(History *list) {
  HistEvent event;
  return history(list, &event, H_PREV) < 0 ? NULL : event.str;
}

// MARK: - Interrupts

// Signal handlers can only touch process-wide state, so this one piece is global.
static volatile sig_atomic_t interrupt_count = 0;
static int interrupt_pipe[2] = {-1, -1};
static struct sigaction previous_action;
static int handler_installed = 0;

static void on_interrupt(int signal_number, siginfo_t *info, void *context) {
  int saved_errno = errno;
  interrupt_count += 1;
  if (interrupt_pipe[1] >= 0) {
    char byte = 1;
    ssize_t ignored = write(interrupt_pipe[1], &byte, 1);
    (void)ignored;
  }
  // Chain to a handler installed before this one (a cancellation handler, say).
  if (previous_action.sa_flags & SA_SIGINFO) {
    if (previous_action.sa_sigaction) previous_action.sa_sigaction(signal_number, info, context);
  } else if (previous_action.sa_handler != SIG_DFL && previous_action.sa_handler != SIG_IGN &&
             previous_action.sa_handler != SIG_ERR && previous_action.sa_handler != NULL) {
    previous_action.sa_handler(signal_number);
  }
  errno = saved_errno;
}

int cle_install_interrupt_handler(void) {
  if (handler_installed) return interrupt_pipe[0];
  if (pipe(interrupt_pipe) != 0) {
    interrupt_pipe[0] = interrupt_pipe[1] = -1;
  } else {
    for (int end = 0; end < 2; end++) {
      fcntl(interrupt_pipe[end], F_SETFD, FD_CLOEXEC);
    }
    // A full pipe must never block the handler (the count is the source of truth), and a
    // watcher drains the read end until it would block.
    fcntl(interrupt_pipe[0], F_SETFL, O_NONBLOCK);
    fcntl(interrupt_pipe[1], F_SETFL, O_NONBLOCK);
  }
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = on_interrupt;
  action.sa_flags = SA_SIGINFO;  // deliberately no SA_RESTART: el_gets must see EINTR
  sigemptyset(&action.sa_mask);
  if (sigaction(SIGINT, &action, &previous_action) != 0) return -1;
  handler_installed = 1;
  return interrupt_pipe[0];
}

long cle_interrupt_count(void) { return (long)interrupt_count; }
