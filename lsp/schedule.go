package lsp

import (
	"sync"
	"time"
)

// A scheduler lints documents on one worker goroutine, off the request loop, so that hover and
// completion answer while a large buffer is linted. A change waits the debounce delay for the
// next; whatever the worker picks up, it lints the document's latest text, so the latest
// version wins and a burst of keystrokes costs one lint.
type scheduler struct {
	mu      sync.Mutex
	delay   time.Duration
	timers  map[string]*time.Timer
	pending map[string]bool
	order   []string
	wake    chan struct{}
	done    chan struct{}
	stopped sync.WaitGroup
}

func newScheduler(delay time.Duration, lint func(uri string)) *scheduler {
	s := &scheduler{delay: delay, timers: map[string]*time.Timer{}, pending: map[string]bool{},
		wake: make(chan struct{}, 1), done: make(chan struct{})}
	s.stopped.Add(1)
	go s.work(lint)
	return s
}

func (s *scheduler) work(lint func(uri string)) {
	defer s.stopped.Done()
	for {
		select {
		case <-s.done:
			return
		case <-s.wake:
		}
		for {
			uri, ok := s.next()
			if !ok {
				break
			}
			lint(uri)
		}
	}
}

func (s *scheduler) next() (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.order) == 0 {
		return "", false
	}
	uri := s.order[0]
	s.order = s.order[1:]
	delete(s.pending, uri)
	return uri, true
}

// now queues a document for linting at once.
func (s *scheduler) now(uri string) {
	s.mu.Lock()
	if t := s.timers[uri]; t != nil {
		t.Stop()
		delete(s.timers, uri)
	}
	if !s.pending[uri] {
		s.pending[uri] = true
		s.order = append(s.order, uri)
	}
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// soon queues a document after the debounce delay, restarting the delay on every change.
func (s *scheduler) soon(uri string) {
	if s.delay <= 0 {
		s.now(uri)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if t := s.timers[uri]; t != nil {
		t.Stop()
	}
	s.timers[uri] = time.AfterFunc(s.delay, func() { s.now(uri) })
}

// cancel forgets a document's pending lint.
func (s *scheduler) cancel(uri string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if t := s.timers[uri]; t != nil {
		t.Stop()
		delete(s.timers, uri)
	}
}

// stop ends the worker after the lint it is running.
func (s *scheduler) stop() {
	s.mu.Lock()
	for _, t := range s.timers {
		t.Stop()
	}
	s.mu.Unlock()
	close(s.done)
	s.stopped.Wait()
}
