// Non-variadic wrappers over libedit, which Swift cannot call directly (el_set, el_get and
// history are variadic). Nothing but libedit plumbing belongs here; policy lives in
// Sources/SNSShell/LineEditing.
#ifndef CLINEEDIT_H
#define CLINEEDIT_H

#include <stddef.h>

#pragma clang assume_nonnull begin

/// libedit's editor; opaque to Swift.
typedef struct editline EditLine;
/// libedit's history; opaque to Swift.
typedef struct history History;

/// A key-bound editor function, as EL_ADDFN expects: returns one of the CLE_CC_* codes.
typedef unsigned char (*CLEKeyFunction)(EditLine *editor, int key);

/// What a key function tells libedit to do next (the CC_* values of histedit.h).
enum {
  CLE_CC_NORM = 0,
  CLE_CC_NEWLINE = 1,
  CLE_CC_EOF = 2,
  CLE_CC_ARGHACK = 3,
  CLE_CC_REFRESH = 4,
  CLE_CC_CURSOR = 5,
  CLE_CC_ERROR = 6,
  CLE_CC_FATAL = 7,
  CLE_CC_REDISPLAY = 8,
  CLE_CC_REFRESH_BEEP = 9,
};

/// Returns 1 when libedit is linked and usable (used by the shell's self-check).
int cle_available(void);

// MARK: - Editor

/// Creates an editor on stdin/stdout/stderr with an empty prompt, emacs bindings, EL_SIGNAL on
/// and Ctrl-R bound to incremental history search; NULL when libedit cannot start.
EditLine *_Nullable cle_editor_create(const char *program);

/// Frees the editor and restores the terminal.
void cle_editor_destroy(EditLine *editor);

/// Sets the prompt; the string is copied and returned by the prompt callback until changed.
void cle_set_prompt(EditLine *editor, const char *prompt);

/// Stores the caller's context, returned by cle_client_data (EL_CLIENTDATA).
void cle_set_client_data(EditLine *editor, void *_Nullable data);

/// The context stored with cle_set_client_data, or NULL.
void *_Nullable cle_client_data(EditLine *editor);

/// Registers `function` under `name` (EL_ADDFN) and binds `key` (such as "^I") to it.
int cle_bind_function(EditLine *editor, const char *name, const char *help, const char *key,
                      CLEKeyFunction function);

/// Binds `key` to a builtin editor command such as "em-inc-search-prev" (EL_BIND).
int cle_bind_builtin(EditLine *editor, const char *key, const char *command);

/// Reads one line (el_gets): the line including its newline, or NULL at end of input (count 0)
/// or on error (count -1, errno EINTR when a signal handler without SA_RESTART ran).
const char *_Nullable cle_gets(EditLine *editor, int *count);

/// The line being edited: its UTF-8 bytes in `buffer` (not NUL-terminated), `length` bytes
/// long, with the cursor `cursor` bytes from the start.
void cle_line(EditLine *editor, const char *_Nullable *_Nonnull buffer, int *cursor, int *length);

/// Inserts UTF-8 text at the cursor; 0 on success.
int cle_insert(EditLine *editor, const char *text);

/// Deletes `count` characters before the cursor.
void cle_delete(EditLine *editor, int count);

/// Re-reads the terminal size (call after SIGWINCH noticed outside el_gets).
void cle_resize(EditLine *editor);

/// Redraws the prompt and line (EL_REFRESH).
void cle_refresh(EditLine *editor);

/// Writes text to the editor's output stream and flushes it (used to list completions).
void cle_write(EditLine *editor, const char *text);

/// The terminal width in columns (at least 1).
int cle_columns(EditLine *editor);

/// Attaches a history to the editor (EL_HIST) for Up/Down and Ctrl-R.
void cle_attach_history(EditLine *editor, History *history);

// MARK: - History

/// Creates a history keeping at most `size` entries; NULL on failure.
History *_Nullable cle_history_create(int size, int unique);

/// Frees the history.
void cle_history_destroy(History *history);

/// Adds an entry (H_ENTER); 0 on success.
int cle_history_enter(History *history, const char *line);

/// Removes every entry (H_CLEAR).
void cle_history_clear(History *history);

/// Loads entries from a file in libedit's own format (H_LOAD); the count, or -1.
int cle_history_load(History *history, const char *path);

/// Saves entries to a file in libedit's own format (H_SAVE); the count, or -1.
int cle_history_save(History *history, const char *path);

/// How many entries the history holds (H_GETSIZE).
int cle_history_count(History *history);

/// The oldest entry, making it current (H_LAST); NULL when empty.
const char *_Nullable cle_history_oldest(History *history);

/// The entry after the current one towards the newest (H_PREV); NULL at the newest.
const char *_Nullable cle_history_newer(History *history);

#pragma clang assume_nonnull end

// MARK: - Interrupts

/// Installs a SIGINT handler without SA_RESTART (so el_gets returns -1/EINTR on Ctrl-C) that
/// counts interrupts, writes a byte to a self-pipe and then calls the handler installed
/// before it, if any; returns the pipe's read end, or -1. Idempotent.
int cle_install_interrupt_handler(void);

/// How many SIGINTs arrived since the handler was installed.
long cle_interrupt_count(void);

#endif
