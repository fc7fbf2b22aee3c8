#pragma once

// What the cgroup probe learned about the session's cgroup and its effective limits.
struct CgroupFacts {};
