package source

// A slab hands out Nodes and Members from arrays allocated a chunk at a time: one allocation
// for many values instead of one each, which was most of the conversion's own cost and of the
// garbage collector's work after it. Chunks grow with the file, so that a small spec does not
// pay for a large one's; each kind of value by its own count, since one count shared by the
// four doubled each kind's chunk for the others' growth too: a spec of 150 members took
// chunks of 512.
type slab struct {
	nodes   []Node
	members []Member
	ptrs    []*Node
	mptrs   []*Member
	// the last chunk of each kind, by which the next grows
	nodeChunk, memberChunk, ptrChunk, mptrChunk int
}

const (
	firstChunk = 16
	maxChunk   = 1024
)

// grow doubles a kind's chunk, within bounds, and returns the size of its next chunk, which
// holds at least n.
func grow(chunk *int, n int) int {
	*chunk = min(max(2**chunk, firstChunk), maxChunk)
	return max(*chunk, n)
}

func (s *slab) node() *Node {
	if len(s.nodes) == 0 {
		s.nodes = make([]Node, grow(&s.nodeChunk, 1))
	}
	n := &s.nodes[0]
	s.nodes = s.nodes[1:]
	return n
}

func (s *slab) member() *Member {
	if len(s.members) == 0 {
		s.members = make([]Member, grow(&s.memberChunk, 1))
	}
	m := &s.members[0]
	s.members = s.members[1:]
	return m
}

// items returns an empty slice with room for n items; appending past n copies it out.
func (s *slab) items(n int) []*Node {
	if len(s.ptrs) < n {
		s.ptrs = make([]*Node, grow(&s.ptrChunk, n))
	}
	out := s.ptrs[:0:n]
	s.ptrs = s.ptrs[n:]
	return out
}

// memberList returns an empty slice with room for n members.
func (s *slab) memberList(n int) []*Member {
	if len(s.mptrs) < n {
		s.mptrs = make([]*Member, grow(&s.mptrChunk, n))
	}
	out := s.mptrs[:0:n]
	s.mptrs = s.mptrs[n:]
	return out
}

// reserve makes room for at least the given numbers of each kind at once, when the caller
// can count them beforehand: a YAML document's tree says how many values it holds, so its
// conversion allocates each kind once, of the size it needs.
func (s *slab) reserve(nodes, members, ptrs, mptrs int) {
	if len(s.nodes) < nodes {
		s.nodes = make([]Node, nodes)
	}
	if len(s.members) < members {
		s.members = make([]Member, members)
	}
	if len(s.ptrs) < ptrs {
		s.ptrs = make([]*Node, ptrs)
	}
	if len(s.mptrs) < mptrs {
		s.mptrs = make([]*Member, mptrs)
	}
}
