#pragma once

// systemd drop-ins and manager configuration that set limits for the user's session.
struct SystemdFacts {};

// Container runtimes' cgroup drivers (containerd, Docker, kubelet).
struct ContainerFacts {};
