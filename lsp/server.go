package lsp

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"sync"
	"time"

	"github.com/nflint/nflint/lint"
)

// Options are the settings of a server.
type Options struct {
	// Debounce is how long a change waits for the next before the buffer is linted; 0 lints
	// every change at once. Open and save lint at once whatever it is.
	Debounce time.Duration
	Version  string    // nflint's version, for serverInfo
	Log      io.Writer // where the server notes what went wrong (a panic, a bad frame); nil for nowhere
}

// DefaultDebounce is how long nflint lsp waits after a keystroke: long enough that typing a
// word lints once, short enough to feel immediate.
const DefaultDebounce = 150 * time.Millisecond

// ErrNoShutdown is returned when the client sent exit, or closed the stream, without asking
// for shutdown first: the protocol then wants exit code 1.
var ErrNoShutdown = errors.New("the client exited without a shutdown request")

// A Server is one editor's session: its open documents, the linter, and the schema that
// hover and completion read.
type Server struct {
	opts    Options
	c       *conn
	docs    *store
	engine  *engine
	sched   *scheduler
	explain *explainer
	root    string // the workspace's directory, for buffers without a file
	// publish orders the publications of findings with closes; configShown, the
	// configuration error last shown, is kept under it.
	publish     sync.Mutex
	configShown string
	shutdown    bool
	started     bool
}

// Serve runs a server on a stream until the client exits. It returns nil after shutdown and
// exit, ErrNoShutdown when the client left without shutdown, or the stream's error.
func Serve(in io.Reader, out io.Writer, opts Options) error {
	s := &Server{opts: opts, c: &conn{out: out}, docs: newStore(), engine: newEngine(), explain: newExplainer()}
	defer lint.TuneGC()()
	s.sched = newScheduler(opts.Debounce, s.lintNow)
	defer s.sched.stop()
	r := bufio.NewReaderSize(in, 64<<10)
	for {
		body, err := readMessage(r)
		if err == io.EOF {
			if s.shutdown {
				return nil
			}
			return ErrNoShutdown
		}
		if err != nil {
			return err
		}
		var m message
		if err := json.Unmarshal(body, &m); err != nil {
			s.c.reply(json.RawMessage("null"), nil, &rpcError{Code: codeParseError, Message: "the message is not JSON: " + err.Error()})
			continue
		}
		if m.Method == "exit" {
			if s.shutdown {
				return nil
			}
			return ErrNoShutdown
		}
		s.handle(&m)
	}
}

// handle answers one message, never letting a panic out: a bug in one answer must not take
// the editor's linter down with it.
func (s *Server) handle(m *message) {
	defer func() {
		if r := recover(); r != nil {
			s.logf("panic in %s: %v\n%s", m.Method, r, debug.Stack())
			if m.ID != nil {
				s.c.reply(m.ID, nil, &rpcError{Code: codeInternalError, Message: fmt.Sprintf("nflint failed answering %s: this is a bug in nflint, please report it", m.Method)})
			}
		}
	}()
	result, rerr := s.dispatch(m)
	if m.ID == nil {
		return // a notification gets no answer
	}
	s.c.reply(m.ID, result, rerr)
}

func (s *Server) dispatch(m *message) (any, *rpcError) {
	if !s.started && m.Method != "initialize" {
		if m.ID == nil {
			return nil, nil // notifications before initialize are dropped, as the protocol says
		}
		return nil, &rpcError{Code: codeNotInitialized, Message: "the server is not initialized: send initialize first"}
	}
	if s.shutdown && m.ID != nil {
		return nil, &rpcError{Code: codeInvalidRequest, Message: "the server is shutting down"}
	}
	switch m.Method {
	case "initialize":
		return s.initialize(m.Params)
	case "initialized", "$/cancelRequest", "$/setTrace":
		return nil, nil
	case "workspace/didChangeConfiguration", "workspace/didChangeWatchedFiles":
		s.relintAll() // a .nflint.yaml may have changed on disk
		return nil, nil
	case "shutdown":
		s.shutdown = true
		return nil, nil
	case "textDocument/didOpen":
		return nil, withParams(m.Params, s.didOpen)
	case "textDocument/didChange":
		return nil, withParams(m.Params, s.didChange)
	case "textDocument/didSave":
		return nil, withParams(m.Params, s.didSave)
	case "textDocument/didClose":
		return nil, withParams(m.Params, s.didClose)
	case "textDocument/hover":
		return answer(m.Params, s.hover)
	case "textDocument/completion":
		return answer(m.Params, s.completion)
	case "textDocument/codeAction":
		return answer(m.Params, s.codeActions)
	}
	if m.ID == nil {
		return nil, nil
	}
	return nil, &rpcError{Code: codeMethodNotFound, Message: fmt.Sprintf("nflint lsp does not answer %q", m.Method)}
}

// withParams decodes a notification's parameters and handles them.
func withParams[P any](raw json.RawMessage, fn func(*P)) *rpcError {
	var p P
	if err := json.Unmarshal(raw, &p); err != nil {
		return &rpcError{Code: codeInvalidParams, Message: err.Error()}
	}
	fn(&p)
	return nil
}

// answer decodes a request's parameters and computes its result.
func answer[P, R any](raw json.RawMessage, fn func(*P) R) (any, *rpcError) {
	var p P
	if err := json.Unmarshal(raw, &p); err != nil {
		return nil, &rpcError{Code: codeInvalidParams, Message: err.Error()}
	}
	return fn(&p), nil
}

func (s *Server) initialize(raw json.RawMessage) (any, *rpcError) {
	var p initializeParams
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &p); err != nil {
			return nil, &rpcError{Code: codeInvalidParams, Message: err.Error()}
		}
	}
	s.started = true
	switch {
	case len(p.WorkspaceFolders) > 0:
		s.root = uriPath(p.WorkspaceFolders[0].URI)
	case p.RootURI != "":
		s.root = uriPath(p.RootURI)
	}
	return initializeResult{
		Capabilities: serverCapabilities{
			TextDocumentSync:   textDocumentSyncOptions{OpenClose: true, Change: 1, Save: saveOptions{IncludeText: true}},
			HoverProvider:      true,
			CompletionProvider: completionOptions{TriggerCharacters: []string{".", ":", "\"", " "}},
			CodeActionProvider: codeActionOptions{CodeActionKinds: []string{"quickfix"}},
		},
		ServerInfo: serverInfo{Name: "nflint", Version: s.opts.Version},
	}, nil
}

func (s *Server) logf(format string, args ...any) {
	if s.opts.Log != nil {
		fmt.Fprintf(s.opts.Log, "nflint lsp: "+format+"\n", args...)
	}
}
