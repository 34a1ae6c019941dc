package source

// A slab hands out Nodes and Members from arrays allocated a chunk at a time: one allocation
// for many values instead of one each, which was most of the conversion's own cost and of the
// garbage collector's work after it. Chunks grow with the file, so that a small spec does not
// pay for a large one's.
type slab struct {
	nodes   []Node
	members []Member
	ptrs    []*Node
	mptrs   []*Member
	chunk   int
}

const (
	firstChunk = 16
	maxChunk   = 1024
)

func (s *slab) grow(n int) int {
	s.chunk = min(max(2*s.chunk, firstChunk), maxChunk)
	return max(s.chunk, n)
}

func (s *slab) node() *Node {
	if len(s.nodes) == 0 {
		s.nodes = make([]Node, s.grow(1))
	}
	n := &s.nodes[0]
	s.nodes = s.nodes[1:]
	return n
}

func (s *slab) member() *Member {
	if len(s.members) == 0 {
		s.members = make([]Member, s.grow(1))
	}
	m := &s.members[0]
	s.members = s.members[1:]
	return m
}

// items returns an empty slice with room for n items; appending past n copies it out.
func (s *slab) items(n int) []*Node {
	if len(s.ptrs) < n {
		s.ptrs = make([]*Node, s.grow(n))
	}
	out := s.ptrs[:0:n]
	s.ptrs = s.ptrs[n:]
	return out
}

// memberList returns an empty slice with room for n members.
func (s *slab) memberList(n int) []*Member {
	if len(s.mptrs) < n {
		s.mptrs = make([]*Member, s.grow(n))
	}
	out := s.mptrs[:0:n]
	s.mptrs = s.mptrs[n:]
	return out
}
