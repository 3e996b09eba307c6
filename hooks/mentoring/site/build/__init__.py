"""How one build runs: the build's state, the second page process, shared chrome, the policy and the search index."""
