<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BuildMonitorPage</name>
    <message>
        <source>Running (process %1, cgroup %2)…</source>
        <translation>正在运行（进程 %1，cgroup %2）…</translation>
    </message>
    <message>
        <source>Folder to build in</source>
        <translation>构建所在的目录</translation>
    </message>
    <message>
        <source>Type the command to run, for example: go build ./...</source>
        <translation>请输入要运行的命令，例如：go build ./...</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>目录 %1 不存在。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 s · memory %2 · CPU %3 cores · %n process(es)</source>
        <translation>
            <numerusform>%1 秒 · 内存 %2 · CPU %3 核 · %n 个进程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OOM kill(s)</source>
        <translation>
            <numerusform>OOM 杀死 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>The build could not start: %1</source>
        <translation>构建无法启动：%1</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>未启动。</translation>
    </message>
    <message>
        <source>Ended with %1 after %2 s (CPU time %3 s).</source>
        <translation>运行 %2 秒后结束：%1（CPU 时间 %3 秒）。</translation>
    </message>
    <message>
        <source>Peak memory %1</source>
        <translation>内存峰值 %1</translation>
    </message>
    <message>
        <source>CPU quota %1 cores</source>
        <translation>CPU 配额 %1 核</translation>
    </message>
    <message>
        <source>throttled %1 s</source>
        <translation>节流 %1 秒</translation>
    </message>
    <message>
        <source>what-if run (%1)</source>
        <translation>模拟运行（%1）</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Save samples</source>
        <translation>保存采样数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Samples saved to %1.</source>
        <translation>采样数据已保存到 %1。</translation>
    </message>
    <message>
        <source>Save charts</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Charts saved to %1.</source>
        <translation>图表已保存到 %1。</translation>
    </message>
    <message>
        <source>Builds run on this computer only: a snapshot cannot run one.</source>
        <translation>构建只能在本机上运行：快照无法运行构建。</translation>
    </message>
    <message>
        <source>Build monitor</source>
        <translation>构建监视器</translation>
    </message>
    <message>
        <source>Run a real build and watch its memory and CPU next to the limits of its cgroup.</source>
        <translation>运行一次真实的构建，对照其 cgroup 的各项上限，观察它的内存和 CPU 使用情况。</translation>
    </message>
    <message>
        <source>“go build: signal: killed” usually means the kernel killed the build for using more memory than its cgroup allows. Start a build here to see how close it comes to the limit, and whether a CPU quota slows it down.</source>
        <translation>“go build: signal: killed” 通常意味着构建使用的内存超出了其 cgroup 允许的范围，于是被内核杀死了。在这里启动一次构建，看看它离上限有多近，以及 CPU 配额是否拖慢了它。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>目录(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>命令(&amp;C)：</translation>
    </message>
    <message>
        <source>Parallel &amp;jobs (-p):</source>
        <translation>并行任务数（-p）(&amp;J)：</translation>
    </message>
    <message>
        <source>Go&apos;s default</source>
        <translation>Go 默认值</translation>
    </message>
    <message>
        <source>&amp;What-if: run under a limit</source>
        <translation>模拟：在限制下运行(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;PU:</source>
        <translation>CPU(&amp;P)：</translation>
    </message>
    <message>
        <source> cores</source>
        <translation> 核</translation>
    </message>
    <message>
        <source>Runs the build in a new cgroup of its own (%1); your session&apos;s limits are not changed.</source>
        <translation>在一个单独新建的 cgroup 中运行构建（%1）；你会话的限制不会被改动。</translation>
    </message>
    <message>
        <source>Not available here: %1</source>
        <translation>此处不可用：%1</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Build &amp;output</source>
        <translation>构建输出(&amp;O)</translation>
    </message>
    <message>
        <source>Save samples as CS&amp;V…</source>
        <translation>将采样数据保存为 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>Save charts as P&amp;NG…</source>
        <translation>将图表保存为 PNG(&amp;N)…</translation>
    </message>
    <message>
        <source>Scan again with this &amp;peak</source>
        <translation>用这次的峰值重新扫描(&amp;P)</translation>
    </message>
    <message>
        <source>The memory-limit check then compares the limit with what this build needed.</source>
        <translation>这样，内存上限检查就会拿上限与这次构建实际需要的内存作比较。</translation>
    </message>
    <message>
        <source>Peak memory %1 of the %2 limit</source>
        <translation>内存峰值 %1（上限 %2）</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
</context>
<context>
    <name>BuildSampler</name>
    <message>
        <source>The cgroup folder %1 disappeared during the build; its values are unknown from now on.</source>
        <translation>cgroup 目录 %1 在构建过程中消失了；从现在起它的各项数值都无从得知。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 holds something that is not a cgroup value; ignored.</source>
        <translation>%1 中的内容不是有效的 cgroup 数值，已忽略。</translation>
    </message>
    <message>
        <source>The kernel killed a process of the build: out of memory.</source>
        <translation>内核杀死了构建的一个进程：内存不足。</translation>
    </message>
    <message>
        <source>Memory use went over memory.high: the kernel slowed the build to reclaim memory.</source>
        <translation>内存使用超过了 memory.high：内核放慢了构建，以便回收内存。</translation>
    </message>
    <message>
        <source>The CPU quota throttled the build.</source>
        <translation>CPU 配额对构建进行了节流。</translation>
    </message>
    <message>
        <source>The build&apos;s cgroup was not found (no cgroup file system mounted, or outside this namespace); only its processes are measured.</source>
        <translation>找不到构建所在的 cgroup（没有挂载 cgroup 文件系统，或者它位于当前命名空间之外）；只能测量构建的进程。</translation>
    </message>
    <message>
        <source>no cgroup</source>
        <translation>无 cgroup</translation>
    </message>
    <message>
        <source>%1 (%2, the build&apos;s own cgroup)</source>
        <translation>%1（%2，构建自己的 cgroup）</translation>
    </message>
</context>
<context>
    <name>BuildSession</name>
    <message>
        <source>killed by signal %1 (%2)</source>
        <translation>被信号 %1（%2）杀死</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>The what-if cgroup %1 could not be removed.</source>
        <translation>无法删除模拟运行所用的 cgroup %1。</translation>
    </message>
    <message>
        <source>The build&apos;s cgroup %1 could not be removed.</source>
        <translation>无法删除构建的 cgroup %1。</translation>
    </message>
</context>
<context>
    <name>BuildVerdict</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>The build did not start: %1</source>
        <translation>构建没有启动：%1</translation>
    </message>
    <message>
        <source>The kernel killed the build: it needed more than the %1 limit (OOM kills: %2).</source>
        <translation>内核杀死了构建：它需要的内存超过了 %1 的上限（OOM 杀死：%2 次）。</translation>
    </message>
    <message>
        <source>The kernel&apos;s out-of-memory killer ended a process of the build (OOM kills: %1).</source>
        <translation>内核的 OOM killer 终止了构建的一个进程（OOM 杀死：%1 次）。</translation>
    </message>
    <message>
        <source>The build was killed (SIGKILL) at %1 of the %2 limit: most likely the memory limit.</source>
        <translation>构建在内存用到 %1（上限 %2）时被杀死（SIGKILL）：最可能的原因是内存上限。</translation>
    </message>
    <message>
        <source>Peak %1 of your %2 limit: one more package and it will be killed.</source>
        <translation>内存峰值 %1，你的上限是 %2：再多一个包，构建就会被杀死。</translation>
    </message>
    <message>
        <source>Peak %1 of your %2 limit: enough headroom.</source>
        <translation>内存峰值 %1，你的上限是 %2：余量充足。</translation>
    </message>
    <message>
        <source>Peak %1; no memory limit applies.</source>
        <translation>内存峰值 %1；没有适用的内存上限。</translation>
    </message>
    <message>
        <source>a CPU quota</source>
        <translation>CPU 配额</translation>
    </message>
    <message>
        <source>the CPU quota (1 core)</source>
        <translation>CPU 配额（1 核）</translation>
    </message>
    <message>
        <source>the CPU quota (%1 cores)</source>
        <translation>CPU 配额（%1 核）</translation>
    </message>
    <message>
        <source>Throttled for %1 s of %2 s: %3 slows the build.</source>
        <translation>%2 秒中有 %1 秒被节流：%3 拖慢了构建。</translation>
    </message>
    <message>
        <source>The build ended by signal %1.</source>
        <translation>构建因信号 %1 而结束。</translation>
    </message>
    <message>
        <source>The build failed with exit status %1: see its output.</source>
        <translation>构建失败，退出状态为 %1：请查看它的输出。</translation>
    </message>
    <message>
        <source>The build was killed by signal 9 (SIGKILL), not by the OOM killer of its cgroup.</source>
        <translation>构建被信号 9（SIGKILL）杀死，但并不是其 cgroup 的 OOM killer 所为。</translation>
    </message>
    <message>
        <source>It ended before its memory could be measured; no memory limit applies.</source>
        <translation>它在内存被测量之前就结束了；没有适用的内存上限。</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Running the checks: %1 of %2…</source>
        <translation>正在运行检查：第 %1 项，共 %2 项…</translation>
    </message>
    <message>
        <source>Reading the files the scan looked at and removing secrets…</source>
        <translation>正在读取扫描查看过的文件，并去除其中的机密信息…</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>&amp;Files (%1)</source>
        <translation>文件（%1）(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;ommands (%1)</source>
        <translation>命令（%1）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Environment (%1)</source>
        <translation>环境变量（%1）(&amp;E)</translation>
    </message>
    <message>
        <source>Never captured (credentials): none were found where the scan looked.</source>
        <translation>绝不采集（凭据）：扫描查看过的位置中没有发现凭据文件。</translation>
    </message>
    <message>
        <source>Never captured (credentials): %1</source>
        <translation>绝不采集（凭据）：%1</translation>
    </message>
    <message>
        <source>The snapshot will hold %1 files, %2 links, %3 folders and %4 commands: %5 of file contents.</source>
        <translation>快照将包含 %1 个文件、%2 个链接、%3 个目录和 %4 条命令，文件内容共 %5。</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 项，共 %2 项</translation>
    </message>
    <message>
        <source>Select a path to see what the snapshot stores of it.</source>
        <translation>选中一个路径，即可查看快照会保存它的哪些内容。</translation>
    </message>
    <message>
        <source>Stored contents</source>
        <translation>保存的内容</translation>
    </message>
    <message>
        <source>A folder: the snapshot keeps its name and the paths listed above that lie in it.</source>
        <translation>目录：快照只保存它的名称，以及上面列出的、位于其中的路径。</translation>
    </message>
    <message>
        <source>A link: the snapshot keeps where it points, %1, and nothing else.</source>
        <translation>链接：快照只保存它的指向 %1，其他什么都不保存。</translation>
    </message>
    <message>
        <source>You may not read this file: it is stored empty.</source>
        <translation>你没有读取这个文件的权限：它会以空文件保存。</translation>
    </message>
    <message>
        <source>Stored empty: the file holds nothing.</source>
        <translation>以空文件保存：这个文件本身就是空的。</translation>
    </message>
    <message>
        <source>Stored exactly as shown below, with the secrets replaced by ***.</source>
        <translation>按下面显示的内容原样保存，其中的机密信息已替换为 ***。</translation>
    </message>
    <message>
        <source>Stored exactly as shown below.</source>
        <translation>按下面显示的内容原样保存。</translation>
    </message>
    <message>
        <source>Only the first %1 of its %2 are kept.</source>
        <translation>全部 %2 中只保留前 %1。</translation>
    </message>
    <message>
        <source>Stored contents of %1</source>
        <translation>%1 保存的内容</translation>
    </message>
    <message>
        <source>(timed out after %1 ms)</source>
        <translation>（%1 毫秒后超时）</translation>
    </message>
    <message>
        <source>(exit code %1)</source>
        <translation>（退出码 %1）</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>标准错误</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>保存快照</translation>
    </message>
    <message>
        <source>Snapshots (*.tar.gz *.tgz)</source>
        <translation>快照归档 (*.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>The snapshot was not saved</source>
        <translation>快照没有保存</translation>
    </message>
    <message>
        <source>Saved to %1 (%2). Send this file to whoever helps you; they open it in Go Env Doctor.</source>
        <translation>已保存到 %1（%2）。把这个文件发给帮你排查的人，对方用 Go Env Doctor 打开即可。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Capture this computer</source>
        <translation>采集本机快照</translation>
    </message>
    <message>
        <source>Capturing this computer</source>
        <translation>正在采集本机快照</translation>
    </message>
    <message>
        <source>The doctor scans this computer as usual and writes down every file it reads and every command it runs. Nothing is saved until you have seen that list.</source>
        <translation>它会像平常一样扫描这台电脑，并记下读取的每个文件和运行的每条命令。在你看过这份清单之前，不会保存任何东西。</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Below is everything the snapshot will hold: the files and links the scan read, the commands it ran with their output, and the environment. Secrets are already replaced with ***. Select a file to see exactly what is stored.</source>
        <translation>现在还没有保存任何东西。下面是快照将包含的全部内容：扫描读取的文件和链接、它运行的命令及其输出，以及环境变量。机密信息已替换为 ***。选中一个文件，即可查看具体会保存什么。</translation>
    </message>
    <message>
        <source>Filter by path, kind or note</source>
        <translation>按路径、类型或备注筛选</translation>
    </message>
    <message>
        <source>Filter the files</source>
        <translation>筛选文件</translation>
    </message>
    <message>
        <source>Files the snapshot will hold</source>
        <translation>快照将包含的文件</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>退出码</translation>
    </message>
    <message>
        <source>Commands the scan ran</source>
        <translation>扫描运行过的命令</translation>
    </message>
    <message>
        <source>Output of the selected command</source>
        <translation>所选命令的输出</translation>
    </message>
    <message>
        <source>The environment the scan saw. Values of names that look like secrets (TOKEN, PASSWORD, …) are replaced with ***.</source>
        <translation>扫描时看到的环境变量。名称看起来像机密信息（TOKEN、PASSWORD 等）的变量，其值已替换为 ***。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Capture progress</source>
        <translation>采集进度</translation>
    </message>
    <message>
        <source>&amp;Save snapshot…</source>
        <translation>保存快照(&amp;S)…</translation>
    </message>
    <message>
        <source>Open it in the &amp;wizard</source>
        <translation>在向导中打开(&amp;W)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;ommands</source>
        <translation>命令(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>环境变量(&amp;E)</translation>
    </message>
    <message>
        <source>Show in fo&amp;lder</source>
        <translation>打开所在目录(&amp;L)</translation>
    </message>
    <message>
        <source>Binary, not text: its first %1 bytes are shown in hex.</source>
        <translation>二进制文件，不是文本：下面以十六进制显示其前 %1 个字节。</translation>
    </message>
</context>
<context>
    <name>CaptureEntriesModel</name>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size and notes</source>
        <translation>大小与备注</translation>
    </message>
</context>
<context>
    <name>CaptureText</name>
    <message>
        <source>folder</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>first 64 KiB of %1</source>
        <translation>%1 中的前 64 KiB</translation>
    </message>
    <message>
        <source>secrets redacted</source>
        <translation>已隐去机密信息</translation>
    </message>
    <message>
        <source>not readable, stored empty</source>
        <translation>无法读取，以空文件保存</translation>
    </message>
    <message>
        <source>Snapshot written to %1: %2 files, %3 links, %4 folders, %5 commands (%6).</source>
        <translation>快照已写入 %1：%2 个文件、%3 个链接、%4 个目录、%5 条命令（%6）。</translation>
    </message>
    <message>
        <source>Never captured (credentials): %1</source>
        <translation>绝不采集（凭据）：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the notes of one entry</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>CgroupChecks</name>
    <message>
        <source>The cgroup files of this session could not be read.</source>
        <translation>无法读取本会话的 cgroup 文件。</translation>
    </message>
    <message>
        <source>The cgroup of this session is unknown</source>
        <translation>本会话所在的 cgroup 未知</translation>
    </message>
    <message>
        <source>The cgroup limits could not be read</source>
        <translation>无法读取 cgroup 限制</translation>
    </message>
    <message>
        <source>The limit is set by the container runtime, outside this system: start the container with a larger limit (docker run %1 ..., or docker update %1 CONTAINER; in Kubernetes raise resources.limits).</source>
        <translation>这个上限是由容器运行时在本系统之外设置的：请用更大的上限启动容器（docker run %1 ...，或 docker update %1 CONTAINER；在 Kubernetes 中请调高 resources.limits）。</translation>
    </message>
    <message>
        <source>%1 gets %2=%3 from %4, line %5: change it there (sudo editor %4) to %2=%6, or remove the line, then run sudo systemctl daemon-reload.</source>
        <translation>%1 的 %2=%3 来自 %4 第 %5 行：在那里（sudo editor %4）把它改成 %2=%6，或者删掉这一行，然后运行 sudo systemctl daemon-reload。</translation>
    </message>
    <message>
        <source>%1 belongs to the system manager. See which drop-in sets it with `systemctl cat %1`, then raise or remove that line, or add your own drop-in:
sudo mkdir -p /etc/systemd/system/%1.d
sudo tee /etc/systemd/system/%1.d/90-go-build.conf &lt;&lt;&apos;EOF&apos;
[Slice]
%2=%3
EOF
sudo systemctl daemon-reload</source>
        <translation>%1 由系统级 systemd 管理器管理。先用 `systemctl cat %1` 查看是哪个 drop-in 配置片段设置了它，然后调高或删掉那一行，或者添加你自己的 drop-in 配置片段：
sudo mkdir -p /etc/systemd/system/%1.d
sudo tee /etc/systemd/system/%1.d/90-go-build.conf &lt;&lt;&apos;EOF&apos;
[Slice]
%2=%3
EOF
sudo systemctl daemon-reload</translation>
    </message>
    <message>
        <source>%1 is a unit of your user manager: systemctl --user set-property %1 %2=%3</source>
        <translation>%1 是你的用户级 systemd 管理器中的单元：systemctl --user set-property %1 %2=%3</translation>
    </message>
    <message>
        <source>Raise it on the unit that sets it: sudo systemctl set-property %1 %2=%3 (or a drop-in in /etc/systemd/system/%1.d/ and sudo systemctl daemon-reload).</source>
        <translation>在设置它的单元上调高它：sudo systemctl set-property %1 %2=%3（或者在 /etc/systemd/system/%1.d/ 中添加一个 drop-in 配置片段，再运行 sudo systemctl daemon-reload）。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>No cgroup file system is mounted</source>
        <translation>没有挂载 cgroup 文件系统</translation>
    </message>
    <message>
        <source>No cgroup hierarchy is mounted here, so no cgroup limits can apply to builds (and none can be read).</source>
        <translation>这里没有挂载任何 cgroup 层级，因此构建不受任何 cgroup 限制（也无从读取）。</translation>
    </message>
    <message>
        <source>cgroup v2 (unified hierarchy)</source>
        <translation>cgroup v2（统一层级）</translation>
    </message>
    <message>
        <source>This system uses cgroup v2, the unified hierarchy (Ubuntu&apos;s default since 21.10). This session&apos;s cgroup is %1; its limits and those of every cgroup above it apply to your builds.</source>
        <translation>本系统使用 cgroup v2，即统一层级（Ubuntu 自 21.10 起的默认设置）。本会话的 cgroup 是 %1；它自身以及它上面每一级 cgroup 的限制都会作用于你的构建。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>cgroup hybrid (v1 controllers with a cgroup2 mount)</source>
        <translation>cgroup 混合模式（v1 控制器，另挂载了 cgroup2）</translation>
    </message>
    <message>
        <source>This system uses the hybrid layout: the controllers (memory, cpu, pids) are cgroup v1 hierarchies and a cgroup2 hierarchy is mounted beside them (often empty). The limits that apply are the v1 ones. This session&apos;s cgroups: %1.</source>
        <translation>本系统使用混合布局：各个控制器（memory、cpu、pids）是 cgroup v1 层级，旁边另外挂载了一个 cgroup2 层级（通常是空的）。真正生效的是 v1 的限制。本会话的 cgroup：%1。</translation>
    </message>
    <message>
        <source>cgroup v1</source>
        <translation>cgroup v1</translation>
    </message>
    <message>
        <source>This system uses cgroup v1 (one hierarchy per controller), as older releases and many containers do. This session&apos;s cgroups: %1.</source>
        <translation>本系统使用 cgroup v1（每个控制器一个层级），较旧的发行版和许多容器都是这样。本会话的 cgroup：%1。</translation>
    </message>
    <message>
        <source>The session&apos;s own cgroup folder %1 was not there (a snapshot often lacks it); the limits were read from %2 upwards.</source>
        <translation>本会话自己的 cgroup 目录 %1 不存在（快照中经常缺少它）；限制是从 %2 开始逐级向上读取的。</translation>
    </message>
    <message>
        <source>Nothing to fix: this is for information.</source>
        <translation>无需修复：此项仅供参考。</translation>
    </message>
    <message>
        <source>No memory limit</source>
        <translation>没有内存上限</translation>
    </message>
    <message>
        <source>This session is in the root cgroup, which has no memory limit.</source>
        <translation>本会话位于根 cgroup 中，根 cgroup 没有内存上限。</translation>
    </message>
    <message>
        <source>The memory limit could not be read</source>
        <translation>无法读取内存上限</translation>
    </message>
    <message>
        <source>Neither this session&apos;s cgroup nor any cgroup above it limits memory; builds can use all of the RAM%1.</source>
        <translation>本会话的 cgroup 及其上面的所有 cgroup 都没有限制内存；构建可以使用全部物理内存%1。</translation>
    </message>
    <message>
        <source>Memory limit %1 is enough for go build</source>
        <translation>内存上限 %1 足够 go build 使用</translation>
    </message>
    <message>
        <source>The effective memory limit is %1, set by %2: enough for go build.</source>
        <translation>实际生效的内存上限是 %1，由 %2 设置：足够 go build 使用。</translation>
    </message>
    <message>
        <source>The memory limit of %1 is too low to build Go</source>
        <translation>内存上限 %1 太低，不足以构建 Go 代码</translation>
    </message>
    <message>
        <source>The memory limit of %1 is tight for Go builds</source>
        <translation>内存上限 %1 对 Go 构建来说偏紧</translation>
    </message>
    <message>
        <source>This session may use at most %1 of memory: %2 sets it, and it applies to everything started from here. go build runs one compiler and linker per CPU at once, and a large package or the linker alone can need more than a GiB, so builds get killed by the OOM killer (&quot;signal: killed&quot;) or crawl while the kernel reclaims memory.</source>
        <translation>本会话最多只能使用 %1 内存：这个上限由 %2 设置，对从这里启动的所有程序都有效。go build 会按 CPU 数同时运行多个编译器和链接器，而单个大型包或者仅链接器本身就可能需要超过 1 GiB 内存，因此构建会被 OOM killer 杀死（&quot;signal: killed&quot;），或者在内核回收内存时慢得像在爬。</translation>
    </message>
    <message>
        <source>A build measured here (%1 in %2) peaked at %3, %4% of the limit.</source>
        <translation>在这里测量的一次构建（在 %2 中运行 %1）峰值为 %3，达到上限的 %4%。</translation>
    </message>
    <message>
        <source>Usage has already hit the limit %1 times (%2).</source>
        <translation>使用量已经 %1 次触及上限（%2）。</translation>
    </message>
    <message>
        <source>The machine has %1 of RAM.</source>
        <translation>这台机器有 %1 物理内存。</translation>
    </message>
    <message>
        <source>To give one build its own limit: systemd-run --user --scope -p MemoryMax=%1 go build ./... (it cannot go above a parent&apos;s limit, so this helps only below a raised slice).</source>
        <translation>要给单次构建设置单独的上限：systemd-run --user --scope -p MemoryMax=%1 go build ./...（它不能超过上级 cgroup 的上限，所以只有在调高了所在 slice 的上限之后才有用）。</translation>
    </message>
    <message>
        <source>Meanwhile build with fewer parallel jobs (go build -p 2), and for Go programs run here set GOMEMLIMIT to about 90% of the limit (GOMEMLIMIT=%1MiB) so the garbage collector works harder before the kernel kills.</source>
        <translation>在此期间，可以减少并行任务数来构建（go build -p 2）；对于在这里运行的 Go 程序，把 GOMEMLIMIT 设为上限的 90% 左右（GOMEMLIMIT=%1MiB），让垃圾回收器在内核杀进程之前更积极地回收内存。</translation>
    </message>
    <message>
        <source>No memory.high on cgroup v1</source>
        <translation>cgroup v1 没有 memory.high</translation>
    </message>
    <message>
        <source>memory.high exists only on cgroup v2; this session&apos;s memory controller is cgroup v1.</source>
        <translation>memory.high 只存在于 cgroup v2 中；本会话的 memory 控制器是 cgroup v1。</translation>
    </message>
    <message>
        <source>No memory throttling threshold</source>
        <translation>没有内存节流阈值</translation>
    </message>
    <message>
        <source>memory.high is not set on this session&apos;s cgroup or above it.</source>
        <translation>本会话的 cgroup 及其上级都没有设置 memory.high。</translation>
    </message>
    <message>
        <source>memory.high is not below the memory limit</source>
        <translation>memory.high 不低于内存上限</translation>
    </message>
    <message>
        <source>memory.high (%1, set by %2) is not below %3, so it never throttles before the hard limit does.</source>
        <translation>memory.high（%1，由 %2 设置）不低于 %3，所以它永远不会先于硬上限触发节流。</translation>
    </message>
    <message>
        <source>memory.max</source>
        <translation>memory.max</translation>
    </message>
    <message>
        <source>the RAM</source>
        <translation>物理内存</translation>
    </message>
    <message>
        <source>memory.high throttles this session at %1</source>
        <translation>memory.high 在 %1 处对本会话节流</translation>
    </message>
    <message>
        <source>%1 sets memory.high to %2, below %3. Above memory.high the kernel does not kill, it throttles: every process of the cgroup is made to reclaim memory and is slowed down, so a go build that needs more crawls (minutes instead of seconds) with the disk busy paging, and looks hung.</source>
        <translation>%1 把 memory.high 设为 %2，低于 %3。超过 memory.high 后，内核不会杀进程，而是节流：该 cgroup 中的每个进程都被迫回收内存并因此变慢，所以需要更多内存的 go build 会慢得像在爬（几秒钟的事要花几分钟），磁盘忙于换页，看起来就像卡死了一样。</translation>
    </message>
    <message>
        <source>the memory limit (%1)</source>
        <translation>内存上限（%1）</translation>
    </message>
    <message>
        <source>the RAM (%1)</source>
        <translation>物理内存（%1）</translation>
    </message>
    <message>
        <source>It has already throttled this cgroup %1 times (memory.events high).</source>
        <translation>它已经对这个 cgroup 节流了 %1 次（memory.events 中的 high）。</translation>
    </message>
    <message>
        <source>Right now tasks here wait for memory %1% of the time (memory.pressure, last 10 s).</source>
        <translation>当前这里的任务有 %1% 的时间在等待内存（memory.pressure，最近 10 秒）。</translation>
    </message>
    <message>
        <source>Or run a build outside the threshold: systemd-run --user --scope -p MemoryHigh=infinity go build ./... (a parent&apos;s memory.high still applies).</source>
        <translation>或者让构建绕开这个阈值运行：systemd-run --user --scope -p MemoryHigh=infinity go build ./...（上级 cgroup 的 memory.high 仍然有效）。</translation>
    </message>
    <message>
        <source>No CPU quota</source>
        <translation>没有 CPU 配额</translation>
    </message>
    <message>
        <source>This session is in the root cgroup, which has no CPU quota.</source>
        <translation>本会话位于根 cgroup 中，根 cgroup 没有 CPU 配额。</translation>
    </message>
    <message>
        <source>The CPU quota could not be read</source>
        <translation>无法读取 CPU 配额</translation>
    </message>
    <message>
        <source>No cgroup above this session limits CPU time; builds can use all %1 CPUs.</source>
        <translation>本会话之上没有任何 cgroup 限制 CPU 时间；构建可以使用全部 %1 个 CPU。</translation>
    </message>
    <message>
        <source>The CPU quota is not below the CPU count</source>
        <translation>CPU 配额不低于 CPU 数量</translation>
    </message>
    <message>
        <source>%1 allows a quota of %2 in CPUs, not less than the %3 CPUs of this machine.</source>
        <translation>%1 允许的配额折合 %2 个 CPU，不少于这台机器的 %3 个 CPU。</translation>
    </message>
    <message>
        <source>A CPU quota of %1 of the %2 CPUs slows builds</source>
        <translation>CPU 配额只有 %2 个 CPU 中的 %1 个，会拖慢构建</translation>
    </message>
    <message>
        <source>A CPU quota of %1 CPU time slows builds</source>
        <translation>CPU 配额只相当于 %1 个 CPU 的时间，会拖慢构建</translation>
    </message>
    <message>
        <source>%1 limits this session to %3 µs of CPU time in every %4 µs (a quota of %2 in CPUs) while the machine has %5 CPUs. go build compiles one package per CPU at once; under the quota the kernel stops every thread of the cgroup once the period&apos;s time is used up, so builds take longer and latency comes in bursts.</source>
        <translation>%1 限制本会话每 %4 µs 只能使用 %3 µs 的 CPU 时间（配额折合 %2 个 CPU），而这台机器有 %5 个 CPU。go build 会按 CPU 数同时编译多个包；在配额限制下，一旦本周期的时间用完，内核就会暂停该 cgroup 的所有线程，所以构建耗时更长，延迟也会一阵一阵地出现。</translation>
    </message>
    <message>
        <source>A build that could use all CPUs takes about %1 times as long.</source>
        <translation>原本能用满所有 CPU 的构建，耗时大约会变成原来的 %1 倍。</translation>
    </message>
    <message>
        <source>GOMAXPROCS=%1 is set, so Go programs use that many threads whatever the quota.</source>
        <translation>已设置 GOMAXPROCS=%1，所以无论配额是多少，Go 程序都会使用这么多线程。</translation>
    </message>
    <message>
        <source>%1 ignores the quota: GOMAXPROCS defaults to the %2 CPUs, so the go command, the compiler and your programs run that many threads, which the kernel then throttles.</source>
        <translation>%1 不理会配额：GOMAXPROCS 默认等于 CPU 数 %2，所以 go 命令、编译器和你的程序都会运行这么多线程，随后被内核节流。</translation>
    </message>
    <message>
        <source>Go 1.25 and later set GOMAXPROCS from the quota only when the main module&apos;s go.mod says go 1.25 or later, and only from the process&apos;s own (leaf) cgroup; older go.mod files keep GOMAXPROCS at the CPU count.</source>
        <translation>Go 1.25 及以后的版本只有在主模块的 go.mod 写的是 go 1.25 或更高时，才会根据配额设置 GOMAXPROCS，而且只看进程自己所在的（叶子）cgroup；go.mod 版本较旧时，GOMAXPROCS 仍等于 CPU 数。</translation>
    </message>
    <message>
        <source>This quota is set on %1, not on the session&apos;s own cgroup, so even Go 1.25 does not see it.</source>
        <translation>这个配额设置在 %1 上，而不是本会话自己的 cgroup 上，所以即使是 Go 1.25 也察觉不到它。</translation>
    </message>
    <message>
        <source>The kernel has already throttled it %1 times (%2 s in total).</source>
        <translation>内核已经对它节流了 %1 次（共计 %2 秒）。</translation>
    </message>
    <message>
        <source>If the quota must stay, match Go to it: export GOMAXPROCS=%1 and build with go build -p %1.</source>
        <translation>如果必须保留这个配额，就让 Go 与之匹配：export GOMAXPROCS=%1，并用 go build -p %1 构建。</translation>
    </message>
    <message>
        <source>No task limit</source>
        <translation>没有任务数上限</translation>
    </message>
    <message>
        <source>This session is in the root cgroup, which has no pids limit.</source>
        <translation>本会话位于根 cgroup 中，根 cgroup 没有 pids 上限。</translation>
    </message>
    <message>
        <source>The task limit could not be read</source>
        <translation>无法读取任务数上限</translation>
    </message>
    <message>
        <source>No cgroup above this session limits the number of tasks (pids.max is max).</source>
        <translation>本会话之上没有任何 cgroup 限制任务数（pids.max 为 max）。</translation>
    </message>
    <message>
        <source>The task limit of %1 leaves room</source>
        <translation>任务数上限 %1 还有余量</translation>
    </message>
    <message>
        <source>%1 allows %2 tasks (processes and threads)%3: enough for a parallel build.</source>
        <translation>%1 允许 %2 个任务（进程和线程%3）：足够并行构建使用。</translation>
    </message>
    <message>
        <source>, %1 in use</source>
        <translation>，当前已用 %1 个</translation>
    </message>
    <message>
        <source>Only %1 tasks may run in this session</source>
        <translation>本会话中最多只能运行 %1 个任务</translation>
    </message>
    <message>
        <source>%1 sets pids.max to %2%3. The limit counts threads as well as processes, and every Go program, the go command and each compiler it starts run several threads; a parallel build or go test ./... reaches the limit and fails with &quot;fork: resource temporarily unavailable&quot; or &quot;runtime: failed to create new OS thread&quot;.</source>
        <translation>%1 将 pids.max 设为 %2%3。这个上限既计算进程也计算线程，而每个 Go 程序、go 命令以及它启动的每个编译器都会运行多个线程；并行构建或 go test ./... 会触及上限，并报 &quot;fork: resource temporarily unavailable&quot; 或 &quot;runtime: failed to create new OS thread&quot; 而失败。</translation>
    </message>
    <message>
        <source> and %1 are in use already</source>
        <translation>，且已有 %1 个正在使用</translation>
    </message>
    <message>
        <source>systemd sets pids.max from TasksMax= (for user slices the default comes from UserTasksMax= in logind.conf). Meanwhile build with fewer jobs: go build -p 2.</source>
        <translation>systemd 根据 TasksMax= 设置 pids.max（对于用户 slice，默认值来自 logind.conf 中的 UserTasksMax=）。在此期间，请用更少的并行任务构建：go build -p 2。</translation>
    </message>
    <message>
        <source>The OOM history could not be read</source>
        <translation>无法读取 OOM 记录</translation>
    </message>
    <message>
        <source>No OOM kills</source>
        <translation>没有进程被 OOM 杀死</translation>
    </message>
    <message>
        <source>No process of this session&apos;s cgroup or the cgroups above it was killed for lack of memory since they were created.</source>
        <translation>自创建以来，本会话的 cgroup 及其上级 cgroup 中没有任何进程因内存不足而被杀死。</translation>
    </message>
    <message numerus="yes">
        <source>The OOM killer has killed %n process(es) here</source>
        <translation>
            <numerusform>OOM killer 已在这里杀死了 %n 个进程</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records %2 processes killed by the OOM killer in %3. A go build, go test or a Go program killed this way just stops with &quot;signal: killed&quot; and no Go error.</source>
        <translation>%1 记录了 %3 中有 %2 个进程被 OOM killer 杀死。以这种方式被杀死的 go build、go test 或 Go 程序只会以 &quot;signal: killed&quot; 结束，不会给出任何 Go 错误信息。</translation>
    </message>
    <message>
        <source>The effective memory limit is %1, set by %2.</source>
        <translation>实际生效的内存上限是 %1，由 %2 设置。</translation>
    </message>
    <message>
        <source>No cgroup limits memory here, so the machine itself ran out of RAM.</source>
        <translation>这里没有 cgroup 限制内存，所以是整台机器的物理内存耗尽了。</translation>
    </message>
    <message>
        <source>See what was killed and when: journalctl -k | grep -i -e oom -e killed (or dmesg). Then give builds more memory (raise MemoryMax= of %1) or use less at once: go build -p 2, and GOMEMLIMIT for Go programs.</source>
        <translation>查看哪些进程在什么时候被杀死：journalctl -k | grep -i -e oom -e killed（或 dmesg）。然后给构建更多内存（调高 %1 的 MemoryMax=），或者减少同时占用的内存：go build -p 2，并为 Go 程序设置 GOMEMLIMIT。</translation>
    </message>
    <message>
        <source>the container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>the slice</source>
        <translation>所在的 slice</translation>
    </message>
    <message>
        <source>A build measured here (%1 in %2) peaked at %3.</source>
        <translation>在这里测量的一次构建（在 %2 中运行 %1）内存峰值为 %3。</translation>
    </message>
</context>
<context>
    <name>CgroupProbe</name>
    <message>
        <source>%1 does not hold what the kernel writes there (&quot;%2&quot;); it was skipped.</source>
        <translation>%1 的内容不是内核写入的格式（&quot;%2&quot;）；已跳过。</translation>
    </message>
    <message>
        <source>/proc/self/cgroup has no line for the %1 hierarchy.</source>
        <translation>/proc/self/cgroup 中没有 %1 层级对应的行。</translation>
    </message>
    <message>
        <source>The %1 cgroup %2 is outside what is mounted at %3, so its limits cannot be read.</source>
        <translation>%1 cgroup %2 不在 %3 处挂载的范围之内，因此无法读取它的限制。</translation>
    </message>
    <message>
        <source>The %1 controller is not enabled on the cgroup v2 hierarchy (%2).</source>
        <translation>cgroup v2 层级上没有启用 %1 控制器（%2）。</translation>
    </message>
    <message>
        <source>The %1 cgroup folders (%2) could not be read.</source>
        <translation>无法读取 %1 cgroup 目录（%2）。</translation>
    </message>
    <message>
        <source>The session&apos;s %1 cgroup %2 was not found; the limits are read from %3 upwards.</source>
        <translation>找不到本会话的 %1 cgroup %2；将从 %3 开始逐级向上读取限制。</translation>
    </message>
    <message>
        <source>%1 sets a quota but %2 is missing or unreadable; the quota was skipped.</source>
        <translation>%1 设置了配额，但 %2 不存在或无法读取；已跳过该配额。</translation>
    </message>
    <message>
        <source>The number of CPUs could not be read (%1).</source>
        <translation>无法读取 CPU 数量（%1）。</translation>
    </message>
    <message>
        <source>/proc/self/mountinfo could not be read.</source>
        <translation>无法读取 /proc/self/mountinfo。</translation>
    </message>
    <message>
        <source>/proc/self/cgroup could not be read.</source>
        <translation>无法读取 /proc/self/cgroup。</translation>
    </message>
    <message>
        <source>No cgroup file system is mounted (/proc/self/mountinfo lists none).</source>
        <translation>没有挂载 cgroup 文件系统（/proc/self/mountinfo 中一个也没有列出）。</translation>
    </message>
    <message>
        <source>/proc/self/cgroup holds no cgroup line.</source>
        <translation>/proc/self/cgroup 中没有任何 cgroup 行。</translation>
    </message>
</context>
<context>
    <name>CheckKit</name>
    <message>
        <source>(not captured in this snapshot)</source>
        <translation>（此快照中未采集）</translation>
    </message>
    <message>
        <source>(stopped: no answer within the time limit)</source>
        <translation>（已终止：在时限内没有响应）</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>退出状态 %1：%2</translation>
    </message>
    <message>
        <source>an unknown Go version</source>
        <translation>未知版本的 Go</translation>
    </message>
</context>
<context>
    <name>CliFront</name>
    <message>
        <source>Finds out why Go does not work on this computer, and says how to fix it.</source>
        <translation>找出 Go 在这台电脑上无法正常工作的原因，并告诉你如何修复。</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Scan and print a summary for people, grouped by area.</source>
        <translation>扫描并按类别输出一份便于阅读的摘要。</translation>
    </message>
    <message>
        <source>Scan and print the report as JSON.</source>
        <translation>扫描并以 JSON 格式输出报告。</translation>
    </message>
    <message>
        <source>With --cli: show every result, passed and skipped ones too, with evidence.</source>
        <translation>配合 --cli 使用：显示全部结果（包括已通过和已跳过的检查项），并附上依据。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Run only these checks: comma-separated ids, or prefixes ending in a dot (go.,path.tilde-literal).</source>
        <translation>只运行指定的检查项：用逗号分隔的检查 ID，或以点号结尾的前缀（如 go.,path.tilde-literal）。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Language: en or zh_CN (default: the system&apos;s).</source>
        <translation>界面语言：en 或 zh_CN（默认跟随系统）。</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Not supported yet.</source>
        <translation>暂不支持。</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>With --monitor: the command to run.</source>
        <translation>配合 --monitor 使用：要运行的命令。</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>请运行 &apos;%1 --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>--%1: not supported yet.</source>
        <translation>--%1：暂不支持。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use one of %2.</source>
        <translation>未知的语言 &apos;%1&apos;：请从 %2 中选择。</translation>
    </message>
    <message>
        <source>Unknown check id or prefix: %1. Known checks: %2</source>
        <translation>未知的检查 ID 或前缀：%1。可用的检查项：%2</translation>
    </message>
    <message>
        <source>--only selects no check.</source>
        <translation>--only 没有选中任何检查项。</translation>
    </message>
    <message>
        <source>Print PATH in order and the link chain of every go, as text.</source>
        <translation>以文本形式按顺序列出 PATH，以及每个 go 的链接路径。</translation>
    </message>
    <message>
        <source>Run the command given after --, watch its memory and CPU (process tree and cgroup) and print the peak, the limits and the events to stderr. Exits with the command&apos;s status.</source>
        <translation>运行 -- 之后给出的命令，观察它的内存和 CPU 使用（进程树和 cgroup），并把峰值、各项限制和发生的事件输出到 stderr。退出状态与该命令相同。</translation>
    </message>
    <message>
        <source>With --monitor: milliseconds between samples (default 100).</source>
        <translation>配合 --monitor 使用：两次采样之间间隔的毫秒数（默认 100）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>With --monitor: write every sample to this CSV file.</source>
        <translation>配合 --monitor 使用：把每一条采样数据写入这个 CSV 文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>--interval and --csv go with --monitor.</source>
        <translation>--interval 和 --csv 需要配合 --monitor 使用。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 step(s), %3 to do by hand. Read it, then run: bash %1 --dry-run</source>
        <translation>已写入 %1：共 %2 个步骤，另有 %3 项需手动完成。请先读一遍，然后运行：bash %1 --dry-run</translation>
    </message>
    <message>
        <source>Write the remediation script for the findings to this file (&apos;-&apos; for standard output): read it, run it with --dry-run, run it, undo it with --undo.</source>
        <translation>把针对检查结果的修复脚本写入这个文件（&apos;-&apos; 表示标准输出）：先读一遍，用 --dry-run 模拟运行，再正式运行，需要时用 --undo 撤销。</translation>
    </message>
    <message>
        <source>With --fix-script: where the script downloads Go from (default https://go.dev/dl/, or https://golang.google.cn/dl/ for zh_CN).</source>
        <translation>配合 --fix-script 使用：脚本从哪里下载 Go（默认为 https://go.dev/dl/，界面语言为 zh_CN 时为 https://golang.google.cn/dl/）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Write a report to this file: PDF, HTML or JSON by its extension (.pdf, .html, .json).</source>
        <translation>把报告写入这个文件：按扩展名（.pdf、.html、.json）生成 PDF、HTML 或 JSON 格式。</translation>
    </message>
    <message>
        <source>With --report: the PDF&apos;s paper, a4 or letter (default: the locale&apos;s).</source>
        <translation>配合 --report 使用：PDF 的纸张大小，a4 或 letter（默认跟随区域设置）。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Hide the user name, the host name and the home folder in the output (reports, --json, --cli).</source>
        <translation>在输出（报告、--json、--cli）中隐藏用户名、主机名和主目录。</translation>
    </message>
    <message>
        <source>--report %1: the file must end in .pdf, .html or .json.</source>
        <translation>--report %1：文件名必须以 .pdf、.html 或 .json 结尾。</translation>
    </message>
    <message>
        <source>--paper goes with --report.</source>
        <translation>--paper 需要与 --report 一起使用。</translation>
    </message>
    <message>
        <source>--paper %1: use a4 or letter.</source>
        <translation>--paper %1：请使用 a4 或 letter。</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <source>Analyse a captured snapshot (a folder, or a .tar.gz of one) instead of this computer.</source>
        <translation>分析采集到的快照（一个目录，或该目录的 .tar.gz），而不是本机。</translation>
    </message>
    <message>
        <source>--capture %1: the file must end in .tar.gz or .tgz.</source>
        <translation>--capture %1：文件名必须以 .tar.gz 或 .tgz 结尾。</translation>
    </message>
    <message>
        <source>Write a snapshot of this computer to this .tar.gz file (what the checks look at; secrets redacted, keys and .netrc never included), to open on another computer with --snapshot.</source>
        <translation>把本机的快照写入这个 .tar.gz 文件（内容是各项检查所查看的东西；机密信息会被隐去，密钥和 .netrc 绝不包含在内），以便在另一台电脑上用 --snapshot 打开。</translation>
    </message>
    <message>
        <source>--capture goes with --verbose and --lang only, not --%1.</source>
        <translation>--capture 只能与 --verbose 和 --lang 一起使用，不能与 --%1 同用。</translation>
    </message>
</context>
<context>
    <name>CommandWords</name>
    <message>
        <source>The command ends with a backslash.</source>
        <translation>命令以反斜杠结尾。</translation>
    </message>
    <message>
        <source>A single quote (&apos;) is not closed.</source>
        <translation>单引号（&apos;）没有闭合。</translation>
    </message>
    <message>
        <source>A double quote (&quot;) is not closed.</source>
        <translation>双引号（&quot;）没有闭合。</translation>
    </message>
</context>
<context>
    <name>ContainerChecks</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: no cgroup driver set, default %2</source>
        <translation>%1：未设置 cgroup 驱动，默认为 %2</translation>
    </message>
    <message>
        <source>%1: no configuration file, default %2</source>
        <translation>%1：没有配置文件，默认为 %2</translation>
    </message>
    <message>
        <source>No container runtime</source>
        <translation>没有容器运行时</translation>
    </message>
    <message>
        <source>No container runtime configuration found (containerd, Docker, kubelet).</source>
        <translation>没有找到容器运行时的配置（containerd、Docker、kubelet）。</translation>
    </message>
    <message>
        <source>%1&apos;s configuration cannot be read</source>
        <translation>无法读取 %1 的配置</translation>
    </message>
    <message>
        <source>%1 could not be parsed (%2), so its cgroup driver is unknown; %3 itself refuses a configuration it cannot parse.</source>
        <translation>无法解析 %1（%2），因此不知道它的 cgroup 驱动；%3 本身也会拒绝它无法解析的配置。</translation>
    </message>
    <message>
        <source>Fix the syntax of %1.</source>
        <translation>修正 %1 的语法错误。</translation>
    </message>
    <message>
        <source>containerd&apos;s systemd_cgroup = true does not do it</source>
        <translation>containerd 的 systemd_cgroup = true 并不能起到这个作用</translation>
    </message>
    <message>
        <source>%1 line %2 sets systemd_cgroup = true for the CRI plugin. That option only works for the old io.containerd.runtime.v1.linux shim; with runc v2 containerd (1.3.7 and later) refuses to load the CRI plugin, and Kubernetes cannot start pods. The setting is SystemdCgroup = true under the runc runtime&apos;s options.</source>
        <translation>%1 第 %2 行为 CRI 插件设置了 systemd_cgroup = true。这个选项只对旧的 io.containerd.runtime.v1.linux shim 有效；使用 runc v2 时，containerd（1.3.7 及以后）会拒绝加载 CRI 插件，Kubernetes 也就无法启动 pod。正确的设置是 runc 运行时选项下的 SystemdCgroup = true。</translation>
    </message>
    <message>
        <source>Remove systemd_cgroup from %1 and set, for config version 2:
[plugins.&quot;io.containerd.grpc.v1.cri&quot;.containerd.runtimes.runc.options]
  SystemdCgroup = true
then: sudo systemctl restart containerd</source>
        <translation>从 %1 中删除 systemd_cgroup，并（对于配置版本 2）设置：
[plugins.&quot;io.containerd.grpc.v1.cri&quot;.containerd.runtimes.runc.options]
  SystemdCgroup = true
然后运行：sudo systemctl restart containerd</translation>
    </message>
    <message>
        <source>kubelet uses %1, %2 uses %3</source>
        <translation>kubelet 使用 %1，%2 使用 %3</translation>
    </message>
    <message>
        <source>kubelet&apos;s cgroupDriver is %1 but %2 creates containers with the %3 driver. They must agree: with two drivers, two managers own the node&apos;s cgroups, pods fail to start or are killed, and resource limits stop being reliable under pressure.</source>
        <translation>kubelet 的 cgroupDriver 是 %1，但 %2 用 %3 驱动创建容器。两者必须一致：如果用两种驱动，节点的 cgroup 就会由两个管理器同时掌管，pod 会启动失败或被杀死，资源紧张时资源限制也不再可靠。</translation>
    </message>
    <message>
        <source>Use systemd for both (recommended on a systemd host with cgroup v2). containerd config version %1: set SystemdCgroup = true under %2.containerd.runtimes.runc.options in /etc/containerd/config.toml; kubelet: cgroupDriver: systemd in /var/lib/kubelet/config.yaml; then sudo systemctl restart containerd kubelet.</source>
        <translation>两者都使用 systemd（在使用 cgroup v2 的 systemd 主机上推荐这样做）。containerd 配置版本 %1：在 /etc/containerd/config.toml 的 %2.containerd.runtimes.runc.options 下设置 SystemdCgroup = true；kubelet：在 /var/lib/kubelet/config.yaml 中设置 cgroupDriver: systemd；然后运行 sudo systemctl restart containerd kubelet。</translation>
    </message>
    <message>
        <source>Make both use the same driver (systemd when systemd is the init), in /etc/containerd/config.toml (SystemdCgroup) and /var/lib/kubelet/config.yaml (cgroupDriver); then sudo systemctl restart containerd kubelet.</source>
        <translation>在 /etc/containerd/config.toml（SystemdCgroup）和 /var/lib/kubelet/config.yaml（cgroupDriver）中让两者使用同一种驱动（init 是 systemd 时用 systemd）；然后运行 sudo systemctl restart containerd kubelet。</translation>
    </message>
    <message>
        <source>%1 uses cgroupfs on a systemd cgroup v2 host</source>
        <translation>%1 在使用 cgroup v2 的 systemd 主机上使用了 cgroupfs</translation>
    </message>
    <message>
        <source>systemd is the init and the machine uses cgroup v2 only, but %1 manages its cgroups with the cgroupfs driver. containerd and Kubernetes recommend the systemd driver here: with cgroupfs there are two cgroup managers, and the node becomes unstable under resource pressure.</source>
        <translation>init 是 systemd，而且这台机器只使用 cgroup v2，但 %1 用 cgroupfs 驱动管理它的 cgroup。containerd 和 Kubernetes 在这种情况下都推荐使用 systemd 驱动：使用 cgroupfs 会出现两个 cgroup 管理器，资源紧张时节点会变得不稳定。</translation>
    </message>
    <message>
        <source>Set &quot;exec-opts&quot;: [&quot;native.cgroupdriver=systemd&quot;] in /etc/docker/daemon.json (or remove the cgroupfs option: systemd is Docker&apos;s default here), then sudo systemctl restart docker.</source>
        <translation>在 /etc/docker/daemon.json 中设置 &quot;exec-opts&quot;: [&quot;native.cgroupdriver=systemd&quot;]（或者删掉 cgroupfs 选项：在这里 systemd 就是 Docker 的默认值），然后运行 sudo systemctl restart docker。</translation>
    </message>
    <message>
        <source>Set cgroupDriver: systemd in /var/lib/kubelet/config.yaml, with the runtime set to systemd too, then sudo systemctl restart kubelet.</source>
        <translation>在 /var/lib/kubelet/config.yaml 中设置 cgroupDriver: systemd，同时把容器运行时也设为 systemd，然后运行 sudo systemctl restart kubelet。</translation>
    </message>
    <message>
        <source>Set SystemdCgroup = true under the runc runtime&apos;s options in /etc/containerd/config.toml (and cgroupDriver: systemd for kubelet), then sudo systemctl restart containerd.</source>
        <translation>在 /etc/containerd/config.toml 中 runc 运行时的选项下设置 SystemdCgroup = true（kubelet 则设置 cgroupDriver: systemd），然后运行 sudo systemctl restart containerd。</translation>
    </message>
    <message>
        <source>Container cgroup drivers are consistent</source>
        <translation>容器的 cgroup 驱动一致</translation>
    </message>
    <message>
        <source>No cgroup driver could be determined.</source>
        <translation>无法确定任何 cgroup 驱动。</translation>
    </message>
    <message>
        <source>Cgroup drivers: %1.</source>
        <translation>cgroup 驱动：%1。</translation>
    </message>
</context>
<context>
    <name>DoctorWizard</name>
    <message>
        <source>the snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Go Env Doctor</source>
        <translation>Go Env Doctor</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next: PATH &amp;&amp; links &gt;</source>
        <translation>下一步：PATH 与链接(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next: Build monitor &gt;</source>
        <translation>下一步：构建监视器(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next: Fix &gt;</source>
        <translation>下一步：修复(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next: Report &gt;</source>
        <translation>下一步：报告(&amp;N) &gt;</translation>
    </message>
</context>
<context>
    <name>ElfProbe</name>
    <message>
        <source>not an ELF file</source>
        <translation>不是 ELF 文件</translation>
    </message>
    <message>
        <source>libelf is out of date</source>
        <translation>libelf 版本过旧</translation>
    </message>
    <message>
        <source>truncated or damaged ELF header</source>
        <translation>ELF 文件头不完整或已损坏</translation>
    </message>
</context>
<context>
    <name>FactsCollector</name>
    <message>
        <source>`go env -json` did not answer within %1 s</source>
        <translation>`go env -json` 在 %1 秒内没有响应</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Contents of %1</source>
        <translation>%1 的内容</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是一个目录。</translation>
    </message>
    <message>
        <source>%1 cannot be read (it does not exist, or is not a regular file).</source>
        <translation>无法读取 %1（它不存在，或者不是普通文件）。</translation>
    </message>
    <message>
        <source>From the snapshot: %1</source>
        <translation>来自快照：%1</translation>
    </message>
    <message>
        <source>Open in &amp;editor</source>
        <translation>在编辑器中打开(&amp;E)</translation>
    </message>
    <message>
        <source>%1 is a program (a binary file), not text.</source>
        <translation>%1 是一个程序（二进制文件），不是文本。</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>errors: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>warnings: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>notes: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>all passed</source>
        <translation>全部通过</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>What the doctor found, worst first. Select a finding to see why it matters and how to fix it.</source>
        <translation>这里列出了诊断发现的情况，最严重的排在最前面。选中一项，就能看到它为什么要紧、以及该怎么修复。</translation>
    </message>
    <message>
        <source>Findings by area</source>
        <translation>按类别分组的检查结果</translation>
    </message>
    <message>
        <source>Details of the selected finding</source>
        <translation>所选结果的详细信息</translation>
    </message>
    <message>
        <source>&amp;Copy finding</source>
        <translation>复制此项(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected finding as text, for a ticket or a chat</source>
        <translation>把所选结果复制为文本，方便贴到工单或聊天里</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>复制全部(&amp;A)</translation>
    </message>
    <message>
        <source>Copy every problem found as text</source>
        <translation>把发现的所有问题复制为文本</translation>
    </message>
    <message>
        <source>Scan &amp;again</source>
        <translation>重新扫描(&amp;A)</translation>
    </message>
</context>
<context>
    <name>FixCatalog</name>
    <message>
        <source>%1 cannot hold the folder %2 safely: add it there by hand.</source>
        <translation>无法把目录 %2 安全地写进 %1：请手动把它加进去。</translation>
    </message>
    <message>
        <source>No complete Go installation was found to put on PATH: install Go first (the tarball step can do it).</source>
        <translation>没有找到可以加入 PATH 的完整 Go 安装：请先安装 Go（安装官方压缩包的那一步就可以做到）。</translation>
    </message>
    <message>
        <source>Put %1 first on PATH</source>
        <translation>把 %1 放在 PATH 的最前面</translation>
    </message>
    <message>
        <source>Add %1 (go install&apos;s programs) to PATH</source>
        <translation>把 %1（go install 安装的程序所在目录）加入 PATH</translation>
    </message>
    <message>
        <source>Remove the %1 export from the start-up files</source>
        <translation>从启动文件中删掉导出 %1 的语句</translation>
    </message>
    <message>
        <source>Remove %1 from the go env file</source>
        <translation>从 go env 配置文件中删除 %1</translation>
    </message>
    <message>
        <source>Remove the apt package %1</source>
        <translation>卸载 apt 软件包 %1</translation>
    </message>
    <message>
        <source>Go publishes no Linux archive for this machine (%1).</source>
        <translation>Go 官方没有为这台机器（%1）发布 Linux 安装包。</translation>
    </message>
    <message>
        <source>Install the newest Go for linux-%1 into %2</source>
        <translation>把适用于 linux-%1 的最新版 Go 安装到 %2</translation>
    </message>
    <message>
        <source>Remove the %1 limit of %2</source>
        <translation>取消 %2 的 %1 限制</translation>
    </message>
    <message>
        <source>Set %1=%2 for %3</source>
        <translation>为 %3 设置 %1=%2</translation>
    </message>
    <message>
        <source>room for go build</source>
        <translation>为 go build 留出足够的内存</translation>
    </message>
    <message>
        <source>no reclaim throttling below the limit</source>
        <translation>在达到上限之前不因回收内存而节流</translation>
    </message>
    <message>
        <source>every core for builds</source>
        <translation>让构建可以用上所有 CPU 核心</translation>
    </message>
    <message>
        <source>room for parallel builds and tests</source>
        <translation>为并行构建和测试留出余量</translation>
    </message>
    <message>
        <source>Remove the apt Go</source>
        <translation>卸载通过 apt 安装的 Go</translation>
    </message>
    <message>
        <source>Remove the Go snap</source>
        <translation>卸载 Go 的 snap 包</translation>
    </message>
    <message>
        <source>Remove the broken go link</source>
        <translation>删除失效的 go 链接</translation>
    </message>
    <message>
        <source>Remove the GOROOT export from the start-up files</source>
        <translation>从启动文件中删掉导出 GOROOT 的语句</translation>
    </message>
    <message>
        <source>Remove the GOPATH export from the start-up files</source>
        <translation>从启动文件中删掉导出 GOPATH 的语句</translation>
    </message>
    <message>
        <source>Remove the export from the start-up files</source>
        <translation>从启动文件中删掉相应的导出语句</translation>
    </message>
    <message>
        <source>Remove the setting from the go env file</source>
        <translation>从 go env 配置文件中删除该设置</translation>
    </message>
    <message>
        <source>Put the Go you installed first on PATH</source>
        <translation>把你安装的 Go 放在 PATH 的最前面</translation>
    </message>
    <message>
        <source>Install the newest Go from go.dev</source>
        <translation>从 go.dev 安装最新版 Go</translation>
    </message>
    <message>
        <source>Add go install&apos;s folder to PATH</source>
        <translation>把 go install 存放程序的目录加入 PATH</translation>
    </message>
    <message>
        <source>Add /snap/bin to PATH</source>
        <translation>把 /snap/bin 加入 PATH</translation>
    </message>
    <message>
        <source>Switch off systemd lines that do not do what they say</source>
        <translation>停用实际上不起作用的 systemd 配置行</translation>
    </message>
    <message>
        <source>Raise the memory limit</source>
        <translation>调高内存上限</translation>
    </message>
    <message>
        <source>Lift the memory.high throttle</source>
        <translation>解除 memory.high 节流</translation>
    </message>
    <message>
        <source>Lift the CPU quota</source>
        <translation>取消 CPU 配额</translation>
    </message>
    <message>
        <source>Raise the task limit</source>
        <translation>调高任务数上限</translation>
    </message>
    <message>
        <source>Lift the address-space limit (ulimit -v)</source>
        <translation>取消地址空间限制（ulimit -v）</translation>
    </message>
    <message>
        <source>Raise the process limit (nproc)</source>
        <translation>调高进程数限制（nproc）</translation>
    </message>
    <message>
        <source>Raise the open-files limit (nofile)</source>
        <translation>调高打开文件数限制（nofile）</translation>
    </message>
    <message>
        <source>Clean up PATH</source>
        <translation>清理 PATH</translation>
    </message>
    <message>
        <source>Write $HOME instead of ~ in PATH</source>
        <translation>在 PATH 中用 $HOME 代替 ~</translation>
    </message>
    <message>
        <source>Open a new terminal</source>
        <translation>打开一个新终端</translation>
    </message>
    <message>
        <source>Build with fewer jobs</source>
        <translation>减少并行任务数来构建</translation>
    </message>
    <message>
        <source>Match GOMAXPROCS to the CPU quota</source>
        <translation>让 GOMAXPROCS 与 CPU 配额一致</translation>
    </message>
    <message>
        <source>Set GOMEMLIMIT below the memory limit</source>
        <translation>把 GOMEMLIMIT 设得比内存上限低一些</translation>
    </message>
    <message>
        <source>Limit memory with a cgroup instead</source>
        <translation>改用 cgroup 来限制内存</translation>
    </message>
    <message>
        <source>Use the systemd cgroup driver in containerd</source>
        <translation>让 containerd 使用 systemd cgroup 驱动</translation>
    </message>
    <message>
        <source>Use the systemd cgroup driver in Docker</source>
        <translation>让 Docker 使用 systemd cgroup 驱动</translation>
    </message>
    <message>
        <source>Use the systemd cgroup driver in kubelet</source>
        <translation>让 kubelet 使用 systemd cgroup 驱动</translation>
    </message>
    <message>
        <source>GOROOT is set in this session, but no start-up file this scan read sets it (any more). If you just ran the fix script, log out and in again. Otherwise look in /etc/environment, ~/.pam_environment and your IDE&apos;s settings.</source>
        <translation>本会话中设置了 GOROOT，但本次扫描读到的启动文件都（已经）没有设置它。如果你刚运行过修复脚本，请注销后重新登录；否则请检查 /etc/environment、~/.pam_environment 和 IDE 的设置。</translation>
    </message>
</context>
<context>
    <name>FixChecklistModel</name>
    <message>
        <source>By hand: %1</source>
        <translation>手动：%1</translation>
    </message>
    <message>
        <source>Answers: %1</source>
        <translation>解决：%1</translation>
    </message>
    <message>
        <source>May change: %1</source>
        <translation>可能改动：%1</translation>
    </message>
    <message>
        <source>Needs root: the script asks for your password (sudo) when it runs.</source>
        <translation>需要 root：脚本运行时会（通过 sudo）询问你的密码。</translation>
    </message>
</context>
<context>
    <name>FixPage</name>
    <message>
        <source>“%1” is not a web address; the script uses %2.</source>
        <translation>“%1”不是网址；脚本将使用 %2。</translation>
    </message>
    <message>
        <source>Where the script downloads Go from. golang.google.cn is Go&apos;s official mirror for mainland China; you may type another mirror.</source>
        <translation>脚本从哪里下载 Go。golang.google.cn 是 Go 官方的中国大陆镜像；你也可以输入其他镜像的地址。</translation>
    </message>
    <message>
        <source>No fix in this plan downloads Go.</source>
        <translation>这次的修复方案中没有需要下载 Go 的步骤。</translation>
    </message>
    <message>
        <source>&amp;Fixes to include:</source>
        <translation>要包含的修复(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Fixes to include (%1 of %2 ticked):</source>
        <translation>要包含的修复（已勾选 %1/%2）(&amp;F)：</translation>
    </message>
    <message>
        <source>Nothing to fix yet: there is no scan to make a script from. Press “Scan again”.</source>
        <translation>暂时没有可修复的内容：还没有可用来生成脚本的扫描结果。请点击“重新扫描”。</translation>
    </message>
    <message>
        <source>Nothing to fix: the scan found no warnings or errors.</source>
        <translation>无需修复：扫描没有发现任何警告或错误。</translation>
    </message>
    <message>
        <source>Nothing to fix with a script: the findings left need no change on this machine, or the Findings page says what to do by hand.</source>
        <translation>没有需要用脚本完成的修复：剩下的检查结果要么不需要在本机上做改动，要么“检查结果”页已经说明了如何手动处理。</translation>
    </message>
    <message>
        <source>This script is for %1 (user %2), the machine the snapshot was taken on, not this computer. Copy it there and run it with “bash %3”; it will not run on another machine.</source>
        <translation>这个脚本是为 %1（用户 %2）生成的，也就是采集快照的那台机器，而不是这台电脑。请把它复制过去，用“bash %3”运行；它在其他机器上不会运行。</translation>
    </message>
    <message>
        <source>an unnamed machine</source>
        <translation>一台未命名的机器</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Nothing has been changed. Tick the fixes you want, save the script, read it, then run it: it asks for your password (sudo) only for the steps marked “needs root”.</source>
        <translation>目前还没有做任何改动。勾选你需要的修复，保存脚本，读一遍，然后运行它：只有标为“需要 root”的步骤才会（通过 sudo）询问你的密码。</translation>
    </message>
    <message>
        <source>Nothing has been changed. Tick the fixes you want, save the script, read it, then run it. No step needs root.</source>
        <translation>目前还没有做任何改动。勾选你需要的修复，保存脚本，读一遍，然后运行它。没有哪个步骤需要 root。</translation>
    </message>
    <message>
        <source>The script is for the snapshot&apos;s machine: run it there, not here.</source>
        <translation>这个脚本是为快照所在的机器生成的：请在那台机器上运行，而不是在这里。</translation>
    </message>
    <message>
        <source>Save the script first: the terminal runs the saved file.</source>
        <translation>请先保存脚本：终端运行的是保存下来的文件。</translation>
    </message>
    <message>
        <source>Runs %1 as saved; the preview has changed since: save again to run the changes.</source>
        <translation>将运行已保存的 %1；但保存之后预览又有了改动：请重新保存，才能运行这些改动。</translation>
    </message>
    <message>
        <source>Opens a terminal running %1.</source>
        <translation>打开一个终端来运行 %1。</translation>
    </message>
    <message>
        <source>Save the fix script</source>
        <translation>保存修复脚本</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh);;All files (*)</source>
        <translation>Shell 脚本 (*.sh);;所有文件 (*)</translation>
    </message>
    <message>
        <source>could not make it executable</source>
        <translation>无法将其设为可执行</translation>
    </message>
    <message>
        <source>The script could not be saved to %1: %2</source>
        <translation>无法把脚本保存到 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1. Copy it to the snapshot&apos;s machine and run it there.</source>
        <translation>已保存到 %1。请把它复制到快照所在的机器上，在那里运行。</translation>
    </message>
    <message>
        <source>Saved to %1. Read it, then run it: %2</source>
        <translation>已保存到 %1。请先读一遍，再运行：%2</translation>
    </message>
    <message>
        <source>The script is on the clipboard.</source>
        <translation>脚本已复制到剪贴板。</translation>
    </message>
    <message>
        <source>No terminal program was found (looked for %1). Open a terminal and run: %2</source>
        <translation>没有找到终端程序（查找过 %1）。请自己打开一个终端并运行：%2</translation>
    </message>
    <message>
        <source>%1 could not be started. Open a terminal and run: %2</source>
        <translation>无法启动 %1。请自己打开一个终端并运行：%2</translation>
    </message>
    <message>
        <source>Opened %1 running the script. When it has finished, press “Scan again”.</source>
        <translation>已打开 %1 来运行脚本。等它运行结束后，请点击“重新扫描”。</translation>
    </message>
    <message>
        <source>Scanning %1 again…</source>
        <translation>正在重新扫描%1…</translation>
    </message>
    <message>
        <source>The scan was stopped: nothing to compare.</source>
        <translation>扫描已停止：没有可以比较的内容。</translation>
    </message>
    <message>
        <source>Scanned again at %1.</source>
        <translation>已于 %1 重新扫描。</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>The fixes the findings ask for, as one script you can read before you run it. This program changes nothing itself.</source>
        <translation>检查结果所需的修复都汇总在一个脚本里，你可以先读一遍再运行。本程序自己不会做任何改动。</translation>
    </message>
    <message>
        <source>Fixes to include in the script</source>
        <translation>要放进脚本的修复</translation>
    </message>
    <message>
        <source>&amp;Download Go from:</source>
        <translation>Go 下载地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Go&apos;s official downloads</source>
        <translation>Go 官方下载</translation>
    </message>
    <message>
        <source>Go&apos;s official mirror for mainland China</source>
        <translation>Go 官方中国大陆镜像</translation>
    </message>
    <message>
        <source>Script &amp;preview:</source>
        <translation>脚本预览(&amp;P)：</translation>
    </message>
    <message>
        <source>Script preview</source>
        <translation>脚本预览</translation>
    </message>
    <message>
        <source>&amp;Save script…</source>
        <translation>保存脚本(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the script as an executable file (%1)</source>
        <translation>把脚本保存为可执行文件（%1）</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation>把脚本复制到剪贴板</translation>
    </message>
    <message>
        <source>Open in &amp;terminal</source>
        <translation>在终端中打开(&amp;T)</translation>
    </message>
    <message>
        <source>Scan &amp;again</source>
        <translation>重新扫描(&amp;A)</translation>
    </message>
    <message>
        <source>After running the script: scan again and see what changed</source>
        <translation>运行脚本之后：重新扫描，看看有哪些变化</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变化情况</translation>
    </message>
</context>
<context>
    <name>FixScript</name>
    <message>
        <source>go-env-doctor fix script, made %1 for %2@%3 (%4).</source>
        <translation>go-env-doctor 修复脚本，生成于 %1，适用于 %2@%3（%4）。</translation>
    </message>
    <message>
        <source>It addresses these findings: %1</source>
        <translation>针对以下检查结果：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> (as root)</source>
        <translation>（以 root 身份）</translation>
    </message>
    <message>
        <source>To do by hand (this script does not):</source>
        <translation>需要手动完成（本脚本不会执行）：</translation>
    </message>
    <message>
        <source>Read it first. Then:
  bash %1 --dry-run   shows every change and makes none
  bash %1             makes the changes; every file is backed up first
  bash %1 --undo      restores the files of the last run</source>
        <translation>请先读一遍，然后：
  bash %1 --dry-run   模拟运行：列出每一处改动，但不做任何改动
  bash %1             执行改动；改动每个文件之前都会先备份
  bash %1 --undo      撤销：恢复上一次运行改动过的文件</translation>
    </message>
    <message>
        <source>Steps marked &quot;as root&quot; run through sudo, which asks for your password in this terminal.</source>
        <translation>标有“以 root 身份”的步骤会通过 sudo 运行，sudo 会在这个终端里询问你的密码。</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>The next steps change the system, not just your files: they run as root (through sudo when you are not root).</source>
        <translation>接下来的步骤改动的是系统，而不只是你自己的文件：它们以 root 身份运行（如果你不是 root，就通过 sudo 运行）。</translation>
    </message>
</context>
<context>
    <name>FixStepDelegate</name>
    <message>
        <source>needs root (sudo)</source>
        <translation>需要 root（sudo）</translation>
    </message>
    <message>
        <source>do by hand</source>
        <translation>需手动</translation>
    </message>
</context>
<context>
    <name>GoChecks</name>
    <message>
        <source>go is on PATH</source>
        <translation>go 已在 PATH 中</translation>
    </message>
    <message>
        <source>Typing `go` runs %1 (%2).</source>
        <translation>输入 `go` 时运行的是 %1（%2）。</translation>
    </message>
    <message>
        <source>No `go` on PATH</source>
        <translation>PATH 中找不到 `go`</translation>
    </message>
    <message>
        <source>None of the folders on your PATH holds a program called `go`, so typing `go` gives &quot;command not found&quot;.</source>
        <translation>PATH 里的所有目录中都没有名为 `go` 的程序，所以输入 `go` 会报 &quot;command not found&quot;（找不到命令）。</translation>
    </message>
    <message>
        <source>PATH names &quot;%1&quot; with a literal ~, which the shell never expands there; you meant %2, which does hold `go`.</source>
        <translation>PATH 里写的是带字面 ~ 的 &quot;%1&quot;，shell 在这个位置根本不会展开 ~；你想写的应该是 %2，那个目录里确实有 `go`。</translation>
    </message>
    <message>
        <source>%1 exists but cannot run (see go.broken-link).</source>
        <translation>%1 存在，但无法运行（见 go.broken-link）。</translation>
    </message>
    <message>
        <source>Go is installed, but PATH misses it: %1.</source>
        <translation>Go 其实已经装好了，只是不在 PATH 中：%1。</translation>
    </message>
    <message>
        <source>a Go installation not on PATH</source>
        <translation>不在 PATH 中的 Go 安装</translation>
    </message>
    <message>
        <source>Put the installation&apos;s bin folder on PATH in ~/.profile (read by login shells and the desktop session), e.g. export PATH=&quot;$PATH:%1/bin&quot;, then log out and in again.</source>
        <translation>在 ~/.profile（登录 shell 和桌面会话都会读取它）中把这个安装的 bin 目录加入 PATH，例如 export PATH=&quot;$PATH:%1/bin&quot;，然后注销并重新登录。</translation>
    </message>
    <message>
        <source>No Go installation was found in the usual places either.</source>
        <translation>在常见的安装位置也没有找到 Go。</translation>
    </message>
    <message>
        <source>Install Go: download the archive for this computer from https://go.dev/dl/ (https://golang.google.cn/dl/ in mainland China), unpack it into /usr/local, and add /usr/local/go/bin to PATH in ~/.profile.</source>
        <translation>安装 Go：从 https://go.dev/dl/（中国大陆可用 https://golang.google.cn/dl/）下载适合这台电脑的安装包，解压到 /usr/local，然后在 ~/.profile 中把 /usr/local/go/bin 加入 PATH。</translation>
    </message>
    <message>
        <source>its links go round in a loop (more than 40 hops), so it never reaches a program</source>
        <translation>它的符号链接绕成了一个环（跳转超过 40 次），永远到不了真正的程序</translation>
    </message>
    <message>
        <source>it is a link to %1, which does not exist (the Go it pointed to was removed or moved)</source>
        <translation>它是指向 %1 的符号链接，但链接目标并不存在（它原来指向的 Go 已被删除或移走）</translation>
    </message>
    <message>
        <source>a folder on its link chain is a file</source>
        <translation>它的链接路径上本应是目录的某一级其实是个文件</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>它并不存在</translation>
    </message>
    <message>
        <source>%1 is not executable (its x permission bits are not set)</source>
        <translation>%1 不可执行（没有设置 x 执行权限位）</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
    <message>
        <source>A `go` on PATH cannot run</source>
        <translation>PATH 中有一个 `go` 无法运行</translation>
    </message>
    <message>
        <source>%1 is on PATH but %2. The shell skips it, and if no other `go` comes later, `go` is &quot;command not found&quot;.</source>
        <translation>%1 在 PATH 中，但%2。shell 会跳过它；如果后面没有别的 `go`，输入 `go` 就会报 &quot;command not found&quot;（找不到命令）。</translation>
    </message>
    <message>
        <source>Make it executable (chmod +x %1) or remove it.</source>
        <translation>给它加上执行权限（chmod +x %1），或者把它删掉。</translation>
    </message>
    <message>
        <source>Remove the broken link (rm %1) and put the bin folder of a real Go installation on PATH.</source>
        <translation>删除这个失效的链接（rm %1），并把一个真实存在的 Go 安装的 bin 目录加入 PATH。</translation>
    </message>
    <message>
        <source>No broken `go` on PATH</source>
        <translation>PATH 中没有损坏的 `go`</translation>
    </message>
    <message>
        <source>There is no `go` on PATH to check.</source>
        <translation>PATH 中没有 `go`，无需检查。</translation>
    </message>
    <message>
        <source>Every `go` on PATH leads to a program that can run.</source>
        <translation>PATH 中的每个 `go` 都指向一个能运行的程序。</translation>
    </message>
    <message>
        <source>Nothing shadowed</source>
        <translation>没有 Go 被遮蔽</translation>
    </message>
    <message>
        <source>There is no `go` on PATH.</source>
        <translation>PATH 中没有 `go`。</translation>
    </message>
    <message>
        <source>Only one Go on PATH</source>
        <translation>PATH 中只有一个 Go</translation>
    </message>
    <message>
        <source>Every `go` on PATH is the same program, %1.</source>
        <translation>PATH 中的每个 `go` 都是同一个程序：%1。</translation>
    </message>
    <message>
        <source>The first Go on PATH is the newest</source>
        <translation>PATH 中排在最前面的 Go 就是最新的</translation>
    </message>
    <message>
        <source>%1 Go programs are on PATH; the first, %2 (%3), is the newest, so the others are harmless.</source>
        <translation>PATH 中有 %1 个 Go 程序；排在最前面的 %2（%3）是最新的，所以其他几个不碍事。</translation>
    </message>
    <message>
        <source>An older Go shadows a newer one</source>
        <translation>旧版 Go 遮蔽了新版 Go</translation>
    </message>
    <message>
        <source>%1 (%2) comes before %3 (%4) on PATH, so typing `go` runs the older one. The shell takes the first `go` it finds, folder by folder, in PATH order.</source>
        <translation>在 PATH 中，%1（%2）排在 %3（%4）前面，所以输入 `go` 运行的是旧的那个。shell 会按 PATH 的顺序逐个目录查找，并使用它找到的第一个 `go`。</translation>
    </message>
    <message>
        <source>The Go on PATH is not the one GOROOT names</source>
        <translation>PATH 中的 Go 不是 GOROOT 指定的那个</translation>
    </message>
    <message>
        <source>GOROOT names %1, the tree of %2, but %3 comes first on PATH, so typing `go` runs %3.</source>
        <translation>GOROOT 指向 %1，也就是 %2 所在的安装目录，但 PATH 中排在前面的是 %3，所以输入 `go` 运行的是 %3。</translation>
    </message>
    <message>
        <source>Put %1 before %2 on PATH (in ~/.profile: export PATH=&quot;%1:$PATH&quot;), or remove the Go you do not want.</source>
        <translation>在 PATH 中把 %1 放到 %2 前面（在 ~/.profile 中写 export PATH=&quot;%1:$PATH&quot;），或者删除你不需要的那个 Go。</translation>
    </message>
    <message>
        <source>Architecture not checked</source>
        <translation>未检查架构</translation>
    </message>
    <message>
        <source>This computer&apos;s machine type (%1) is not one Go knows.</source>
        <translation>Go 不认识这台电脑的机器类型（%1）。</translation>
    </message>
    <message>
        <source>%1 could not be read as a program (%2); it may be a wrapper script.</source>
        <translation>无法把 %1 当作程序读取（%2）；它可能是一个包装脚本。</translation>
    </message>
    <message>
        <source>Go built for another kind of processor</source>
        <translation>Go 是为另一种处理器构建的</translation>
    </message>
    <message>
        <source>%1 is a program for %2 (%3), but this computer is %4 (%5). Running it fails with &quot;cannot execute binary file: Exec format error&quot;. This happens when the archive for the wrong architecture was downloaded, e.g. linux-amd64 on an ARM machine.</source>
        <translation>%1 是为 %2（%3）构建的程序，但这台电脑是 %4（%5）。运行它会报 &quot;cannot execute binary file: Exec format error&quot;（无法执行二进制文件：格式错误）。这通常是因为下载了错误架构的安装包，例如在 ARM 机器上装了 linux-amd64 版本。</translation>
    </message>
    <message>
        <source>no Go port</source>
        <translation>Go 不支持该架构</translation>
    </message>
    <message>
        <source>ELF e_machine %1 (%2)</source>
        <translation>ELF e_machine %1（%2）</translation>
    </message>
    <message>
        <source>Remove this Go and install the linux-%1 archive from https://go.dev/dl/.</source>
        <translation>删除这个 Go，然后从 https://go.dev/dl/（中国大陆可用 https://golang.google.cn/dl/）下载并安装 linux-%1 安装包。</translation>
    </message>
    <message>
        <source>Go matches this computer</source>
        <translation>Go 与这台电脑的架构一致</translation>
    </message>
    <message>
        <source>%1 is built for %2, like this computer.</source>
        <translation>%1 是为 %2 构建的，与这台电脑一致。</translation>
    </message>
    <message>
        <source>Go release not checked</source>
        <translation>未检查 Go 版本</translation>
    </message>
    <message>
        <source>The version of %1 could not be read: it has no VERSION file, and `go version` did not answer within the time limit, so it was stopped.</source>
        <translation>无法读取 %1 的版本：它没有 VERSION 文件，而 `go version` 在时限内没有响应，已被终止。</translation>
    </message>
    <message>
        <source>The version of %1 could not be read: it has no VERSION file and `go version` gave no version.</source>
        <translation>无法读取 %1 的版本：它没有 VERSION 文件，`go version` 也没有给出版本号。</translation>
    </message>
    <message>
        <source>The release table could not be read.</source>
        <translation>无法读取 Go 版本发布表。</translation>
    </message>
    <message>
        <source>The release table was made on %1, more than six months before this scan, so this verdict may be stale.</source>
        <translation>版本发布表生成于 %1，比本次扫描早了六个多月，因此这个结论可能已经过时。</translation>
    </message>
    <message>
        <source>Go release is supported</source>
        <translation>Go 版本仍在支持期内</translation>
    </message>
    <message>
        <source>%1 is supported on %2 (supported releases: %3).</source>
        <translation>截至 %2，%1 仍在支持期内（受支持的版本：%3）。</translation>
    </message>
    <message>
        <source>This Go release no longer gets security fixes</source>
        <translation>这个 Go 版本已不再提供安全补丁</translation>
    </message>
    <message>
        <source>%1 is past its support: Go has no long-term releases, each major release is supported until two newer ones exist. Supported on %2: %3; the newest release is %4. An unsupported Go gets no security fixes, and modules whose go.mod asks for a newer Go will not build.</source>
        <translation>%1 已经过了支持期：Go 没有长期支持（LTS）版本，每个主版本只维护到又发布了两个更新的主版本为止。截至 %2，受支持的版本是 %3；最新版本是 %4。不再受支持的 Go 收不到安全补丁，而且 go.mod 要求更新版本 Go 的模块也无法构建。</translation>
    </message>
    <message>
        <source>Support for %1 ended on %2.</source>
        <translation>%1 的支持已于 %2 结束。</translation>
    </message>
    <message>
        <source>A newer Go is installed but comes later on PATH (see go.shadowed).</source>
        <translation>系统里装有更新的 Go，但它在 PATH 中排在后面（见 go.shadowed）。</translation>
    </message>
    <message>
        <source>Install the newest Go (%1) from https://go.dev/dl/ (https://golang.google.cn/dl/ in mainland China) into /usr/local/go, and put /usr/local/go/bin first on PATH.</source>
        <translation>从 https://go.dev/dl/（中国大陆可用 https://golang.google.cn/dl/）下载最新的 Go（%1），安装到 /usr/local/go，并把 /usr/local/go/bin 放在 PATH 的最前面。</translation>
    </message>
    <message>
        <source>Patch level not checked</source>
        <translation>未检查补丁版本</translation>
    </message>
    <message>
        <source>The version of the active Go is unknown.</source>
        <translation>当前使用的 Go 版本未知。</translation>
    </message>
    <message>
        <source>Patch level: see go.version-unsupported</source>
        <translation>补丁版本：见 go.version-unsupported</translation>
    </message>
    <message>
        <source>%1 is past its support altogether.</source>
        <translation>%1 所在的整个版本系列都已不再受支持。</translation>
    </message>
    <message>
        <source>Newest patch release</source>
        <translation>已是最新补丁版本</translation>
    </message>
    <message>
        <source>%1 is the newest patch release of Go %2.</source>
        <translation>%1 是 Go %2 的最新补丁版本。</translation>
    </message>
    <message>
        <source>A newer patch release of your Go exists</source>
        <translation>你的 Go 有更新的补丁版本</translation>
    </message>
    <message>
        <source>%1 is supported, but %2 came out on %3. Patch releases carry security and bug fixes and change nothing else, so updating is safe.</source>
        <translation>%1 仍受支持，但 %2 已于 %3 发布。补丁版本只包含安全修复和 bug 修复，不改动其他内容，所以可以放心升级。</translation>
    </message>
    <message>
        <source>The release table is more than six months old, so a newer patch may exist.</source>
        <translation>版本发布表已超过六个月，可能还有更新的补丁版本。</translation>
    </message>
    <message>
        <source>Install %1 the same way the current Go was installed.</source>
        <translation>按安装当前 Go 时的方式安装 %1。</translation>
    </message>
    <message>
        <source>One Go installation</source>
        <translation>只有一个 Go 安装</translation>
    </message>
    <message>
        <source>No Go installation was found.</source>
        <translation>没有找到任何 Go 安装。</translation>
    </message>
    <message>
        <source>The only Go installation found is %1.</source>
        <translation>找到的唯一一个 Go 安装是 %1。</translation>
    </message>
    <message>
        <source>Several Go installations</source>
        <translation>存在多个 Go 安装</translation>
    </message>
    <message>
        <source>runs when you type go</source>
        <translation>输入 go 时运行的就是它</translation>
    </message>
    <message>
        <source>on PATH, shadowed</source>
        <translation>在 PATH 中，但被遮蔽</translation>
    </message>
    <message>
        <source>not on PATH</source>
        <translation>不在 PATH 中</translation>
    </message>
    <message>
        <source>%1 Go installations were found. Only one runs when you type `go`; the others take disk space and can confuse editors and scripts that look for Go themselves:
%2</source>
        <translation>找到了 %1 个 Go 安装。输入 `go` 时只会运行其中一个；其余的既占用磁盘空间，又可能让自行查找 Go 的编辑器和脚本搞混：
%2</translation>
    </message>
    <message>
        <source>The Go on PATH is not the one your start-up files add</source>
        <translation>PATH 中的 Go 不是你的启动文件添加的那个</translation>
    </message>
    <message>
        <source>%1 line %2 puts %3 on PATH, but %4 comes earlier on PATH, so typing `go` runs %4 instead of %5.</source>
        <translation>%1 第 %2 行把 %3 加入了 PATH，但 %4 在 PATH 中排得更靠前，所以输入 `go` 运行的是 %4，而不是 %5。</translation>
    </message>
    <message>
        <source>Keep the one you want (usually the newest) and remove the others the way each was installed:
%1</source>
        <translation>保留你想用的那个（通常是最新的），其余的按各自的安装方式删除：
%1</translation>
    </message>
    <message>
        <source>Your start-up files do set Go up, but not in a way that reaches this environment (see the shell checks).</source>
        <translation>你的启动文件里确实配置了 Go，但这些设置没有进入当前这个环境（见 shell 相关的检查）。</translation>
    </message>
</context>
<context>
    <name>GoEnvChecks</name>
    <message>
        <source>Go modules are on</source>
        <translation>Go 模块已启用</translation>
    </message>
    <message>
        <source>GO111MODULE=%1; modules are used whenever a project has a go.mod.</source>
        <translation>GO111MODULE=%1；只要项目中有 go.mod，就会使用模块。</translation>
    </message>
    <message>
        <source>GO111MODULE is not set, so modules are on (the default since Go 1.16).</source>
        <translation>GO111MODULE 未设置，因此模块处于启用状态（这是 Go 1.16 起的默认行为）。</translation>
    </message>
    <message>
        <source>Go modules are switched off</source>
        <translation>Go 模块被关闭了</translation>
    </message>
    <message>
        <source>GO111MODULE=off makes go work the pre-2019 way: go.mod is ignored, `go get` and builds look for code only in GOPATH/src, and almost every current project fails with &quot;cannot find package&quot; or &quot;go: modules disabled by GO111MODULE=off&quot;. Old tutorials still tell people to set it.</source>
        <translation>GO111MODULE=off 会让 go 按 2019 年以前的老方式工作：忽略 go.mod，`go get` 和构建都只在 GOPATH/src 中找代码，几乎所有现在的项目都会失败，报 &quot;cannot find package&quot; 或 &quot;go: modules disabled by GO111MODULE=off&quot;。一些过时的教程至今还在让人设置它。</translation>
    </message>
    <message>
        <source>It is set in the go env file %1, line %2, written by an earlier `go env -w`.</source>
        <translation>它设置在 go env 配置文件 %1 的第 %2 行，是之前执行 `go env -w` 时写入的。</translation>
    </message>
    <message>
        <source>Run: go env -u GO111MODULE</source>
        <translation>运行：go env -u GO111MODULE</translation>
    </message>
    <message>
        <source>Remove the GO111MODULE export from your start-up files and open a new terminal.</source>
        <translation>从启动文件中删掉导出 GO111MODULE 的那一行，然后打开一个新终端。</translation>
    </message>
    <message>
        <source>No go env file</source>
        <translation>没有 go env 配置文件</translation>
    </message>
    <message>
        <source>There is no go env file (%1), so nothing was set with `go env -w`.</source>
        <translation>不存在 go env 配置文件（%1），说明没有用 `go env -w` 设置过任何值。</translation>
    </message>
    <message>
        <source>The environment sets %1=%2 too, and the environment wins: the file&apos;s value is dead and misleading (`go env -w` wrote it, `go env` shows the other).</source>
        <translation>环境变量中也设置了 %1=%2，而环境变量优先：文件里的值不起作用，反而容易误导人（它是 `go env -w` 写入的，但 `go env` 显示的是环境变量里的值）。</translation>
    </message>
    <message>
        <source>It switches Go modules off for every project (see modules.disabled).</source>
        <translation>它会对所有项目关闭 Go 模块（见 modules.disabled）。</translation>
    </message>
    <message>
        <source>It forbids downloading any module: builds fail as soon as a dependency is not in the cache.</source>
        <translation>它禁止下载任何模块：只要有一个依赖不在缓存中，构建就会失败。</translation>
    </message>
    <message>
        <source>It turns off the checksum database that protects you from tampered modules.</source>
        <translation>它关闭了校验和数据库，而正是这个数据库在保护你免受被篡改模块的影响。</translation>
    </message>
    <message>
        <source>GOFLAGS adds flags to every go command you run, which is easy to forget and confusing when something behaves differently from the tutorials.</source>
        <translation>GOFLAGS 会给你运行的每一条 go 命令都加上参数，这一点很容易被忘掉；一旦某些行为和教程里不一样，就会让人摸不着头脑。</translation>
    </message>
    <message>
        <source>It overrides how go picks its toolchain for every project, so a go.mod asking for a newer Go either fails or silently downloads another release.</source>
        <translation>它改变了 go 为所有项目选择工具链的方式，所以当 go.mod 要求更新版本的 Go 时，要么直接失败，要么悄悄下载另一个版本。</translation>
    </message>
    <message>
        <source>The go env file sets %1</source>
        <translation>go env 配置文件设置了 %1</translation>
    </message>
    <message>
        <source>%1 line %2 sets %3=%4. %5</source>
        <translation>%1 第 %2 行设置了 %3=%4。%5</translation>
    </message>
    <message>
        <source>Run: go env -u %1</source>
        <translation>运行：go env -u %1</translation>
    </message>
    <message>
        <source>The go env file is harmless</source>
        <translation>go env 配置文件没有问题</translation>
    </message>
    <message>
        <source>%1 sets nothing risky.</source>
        <translation>%1 中没有任何有风险的设置。</translation>
    </message>
    <message>
        <source>GOFLAGS holds -insecure</source>
        <translation>GOFLAGS 中含有 -insecure</translation>
    </message>
    <message>
        <source>GOFLAGS contains -insecure, which Go removed in 1.17: every `go get` now fails with &quot;go: -insecure flag is no longer supported; use GOINSECURE instead&quot;, so adding or updating a dependency is impossible.</source>
        <translation>GOFLAGS 中含有 -insecure，而 Go 在 1.17 中已经移除了这个参数：现在每次执行 `go get` 都会报 &quot;go: -insecure flag is no longer supported; use GOINSECURE instead&quot;，导致无法添加或更新依赖。</translation>
    </message>
    <message>
        <source>GOFLAGS contains -insecure, which Go 1.17 and later reject; use GOINSECURE for the hosts that need it.</source>
        <translation>GOFLAGS 中含有 -insecure，Go 1.17 及以后的版本会拒绝这个参数；请改为对需要的主机使用 GOINSECURE。</translation>
    </message>
    <message>
        <source>Run: go env -u GOFLAGS (and use GOINSECURE=host for hosts without TLS).</source>
        <translation>运行：go env -u GOFLAGS（对不支持 TLS 的主机改用 GOINSECURE=host）。</translation>
    </message>
    <message>
        <source>Remove -insecure from the GOFLAGS export in your start-up files.</source>
        <translation>在启动文件中导出 GOFLAGS 的那一行里删掉 -insecure。</translation>
    </message>
    <message>
        <source>GOFLAGS breaks every go command</source>
        <translation>GOFLAGS 导致所有 go 命令都无法运行</translation>
    </message>
    <message>
        <source>go rejects a flag in GOFLAGS, so every go command except `go env` fails.</source>
        <translation>go 不接受 GOFLAGS 中的某个参数，所以除了 `go env` 以外的所有 go 命令都会失败。</translation>
    </message>
    <message>
        <source>Remove the flag from GOFLAGS (go env -u GOFLAGS, or the export in your start-up files).</source>
        <translation>从 GOFLAGS 中删掉这个参数（运行 go env -u GOFLAGS，或修改启动文件中的 export 语句）。</translation>
    </message>
    <message>
        <source>GODEBUG setting %1 does nothing any more</source>
        <translation>GODEBUG 设置 %1 已不再起作用</translation>
    </message>
    <message>
        <source>GODEBUG contains %1, which Go removed in 1.%2: the old behaviour it asked for is gone, so whatever it worked around fails anyway (for x509ignoreCN: certificates must name the host in Subject Alternative Names).</source>
        <translation>GODEBUG 中含有 %1，而 Go 在 1.%2 中已将其移除：它所要求的旧行为已经不存在了，所以它原本用来绕过的问题照样会出错（对于 x509ignoreCN：证书必须在 Subject Alternative Names（主题备用名称）中写明主机名）。</translation>
    </message>
    <message>
        <source>Remove %1 from GODEBUG and fix the certificate or server instead.</source>
        <translation>从 GODEBUG 中删掉 %1，转而修复证书或服务器本身。</translation>
    </message>
    <message>
        <source>No obsolete Go settings</source>
        <translation>没有过时的 Go 设置</translation>
    </message>
    <message>
        <source>GOFLAGS and GODEBUG hold nothing that Go dropped.</source>
        <translation>GOFLAGS 和 GODEBUG 中没有 Go 已经废弃的设置。</translation>
    </message>
</context>
<context>
    <name>GoEnvParsers</name>
    <message>
        <source>`go env -json` printed nothing</source>
        <translation>`go env -json` 没有任何输出</translation>
    </message>
    <message>
        <source>`go env -json` printed something that is not a JSON object (%1 at offset %2)</source>
        <translation>`go env -json` 的输出不是 JSON 对象（偏移量 %2 处：%1）</translation>
    </message>
</context>
<context>
    <name>GorootChecks</name>
    <message>
        <source>GOROOT is not set</source>
        <translation>未设置 GOROOT</translation>
    </message>
    <message>
        <source>Good: `go` finds its own installation from where it is, so GOROOT is not needed.</source>
        <translation>很好：`go` 能根据自身所在的位置找到自己的安装目录，不需要设置 GOROOT。</translation>
    </message>
    <message>
        <source>GOROOT names a folder that does not exist</source>
        <translation>GOROOT 指向的目录不存在</translation>
    </message>
    <message>
        <source>GOROOT is set to %1, which does not exist (a removed or moved Go). Every go command then fails with &quot;go: cannot find GOROOT directory&quot;, even though `go` itself is installed.</source>
        <translation>GOROOT 被设置为 %1，但这个目录不存在（对应的 Go 已被删除或移走）。这样一来，即使 `go` 本身已经安装，每条 go 命令都会报 &quot;go: cannot find GOROOT directory&quot;（找不到 GOROOT 目录）。</translation>
    </message>
    <message>
        <source>Remove the GOROOT export from your start-up files (~/.profile, ~/.bashrc, ~/.zshrc) and open a new terminal: a Go installed from the archive, apt or snap needs no GOROOT.</source>
        <translation>从启动文件（~/.profile、~/.bashrc、~/.zshrc）中删掉导出 GOROOT 的那一行，然后打开一个新终端：通过官方安装包、apt 或 snap 安装的 Go 都不需要设置 GOROOT。</translation>
    </message>
    <message>
        <source>GOROOT not compared</source>
        <translation>未比对 GOROOT</translation>
    </message>
    <message>
        <source>GOROOT is set to %1, but there is no `go` on PATH whose installation could be compared with it.</source>
        <translation>GOROOT 被设置为 %1，但 PATH 中没有 `go`，无法拿它的安装目录来比对。</translation>
    </message>
    <message>
        <source>GOROOT matches the go on PATH</source>
        <translation>GOROOT 与 PATH 中的 go 一致</translation>
    </message>
    <message>
        <source>GOROOT (%1) is the installation of %2.</source>
        <translation>GOROOT（%1）正是 %2 的安装目录。</translation>
    </message>
    <message>
        <source>GOROOT belongs to another Go</source>
        <translation>GOROOT 属于另一个 Go</translation>
    </message>
    <message>
        <source>GOROOT is set to %1 (%2), but the `go` on PATH, %3, belongs to %4 (%5). go then uses one release&apos;s program with another release&apos;s standard library and tools: builds fail with errors such as &quot;compile: version ... does not match go tool version ...&quot;.</source>
        <translation>GOROOT 被设置为 %1（%2），但 PATH 中的 `go`（%3）属于 %4（%5）。这样 go 会用一个版本的程序搭配另一个版本的标准库和工具，构建时会报 &quot;compile: version ... does not match go tool version ...&quot; 之类的错误。</translation>
    </message>
    <message>
        <source>Remove the GOROOT export from your start-up files and open a new terminal; `go` finds its own installation without it.</source>
        <translation>从启动文件中删掉导出 GOROOT 的那一行，然后打开一个新终端；不设置它，`go` 也能找到自己的安装目录。</translation>
    </message>
    <message>
        <source>Go installation not inspected</source>
        <translation>未检查 Go 安装目录</translation>
    </message>
    <message>
        <source>%1 is not inside a Go installation&apos;s bin folder.</source>
        <translation>%1 不在任何 Go 安装的 bin 目录中。</translation>
    </message>
    <message>
        <source>There is no `go` on PATH.</source>
        <translation>PATH 中没有 `go`。</translation>
    </message>
    <message>
        <source>The Go installation is incomplete</source>
        <translation>Go 安装不完整</translation>
    </message>
    <message>
        <source>%1 lacks %2. A half-extracted archive or a half-deleted installation looks like this: `go version` may still work, but builds fail with &quot;package fmt is not in std&quot; or &quot;go: cannot find GOROOT directory&quot;.</source>
        <translation>%1 缺少 %2。安装包只解压了一半、或者安装目录被删了一半，就会是这种情况：`go version` 可能还能用，但构建时会报 &quot;package fmt is not in std&quot; 或 &quot;go: cannot find GOROOT directory&quot;。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Remove %1 and unpack the Go archive again, completely (sudo rm -rf %1 &amp;&amp; sudo tar -C %2 -xzf go*.linux-*.tar.gz).</source>
        <translation>删除 %1，然后重新完整地解压 Go 安装包（sudo rm -rf %1 &amp;&amp; sudo tar -C %2 -xzf go*.linux-*.tar.gz）。</translation>
    </message>
    <message>
        <source>The Go installation is complete</source>
        <translation>Go 安装完整</translation>
    </message>
    <message>
        <source>%1 has bin/go, src/ and pkg/tool/.</source>
        <translation>%1 中 bin/go、src/ 和 pkg/tool/ 都在。</translation>
    </message>
    <message>
        <source>No unneeded GOROOT</source>
        <translation>没有多余的 GOROOT 设置</translation>
    </message>
    <message>
        <source>GOROOT is set, but not to the active Go&apos;s own installation (see goroot.mismatch).</source>
        <translation>设置了 GOROOT，但它指向的并不是当前 Go 自己的安装目录（见 goroot.mismatch）。</translation>
    </message>
    <message>
        <source>GOROOT is not set.</source>
        <translation>未设置 GOROOT。</translation>
    </message>
    <message>
        <source>GOROOT is set but not needed</source>
        <translation>设置了不必要的 GOROOT</translation>
    </message>
    <message>
        <source>GOROOT=%1 names the installation `go` would find by itself, so it does no harm today. It bites later: after installing another Go elsewhere, this stale GOROOT points at the old one. Tutorials that export GOROOT are out of date for archive, apt and snap installs.</source>
        <translation>GOROOT=%1 指向的正是 `go` 自己就能找到的安装目录，所以眼下没有坏处。但以后会出问题：一旦在别处装了另一个 Go，这个过时的 GOROOT 仍会指向旧的那个。对于通过官方安装包、apt 和 snap 安装的 Go，教你导出 GOROOT 的教程已经过时了。</translation>
    </message>
    <message>
        <source>The trailing slash is harmless: go cleans the path (`go env GOROOT` prints %1).</source>
        <translation>末尾的斜杠没有影响：go 会规范化路径（`go env GOROOT` 输出的是 %1）。</translation>
    </message>
    <message>
        <source>You may remove the GOROOT export from your start-up files.</source>
        <translation>可以从启动文件中删掉导出 GOROOT 的那一行。</translation>
    </message>
    <message>
        <source>GOPATH and GOROOT are apart</source>
        <translation>GOPATH 与 GOROOT 互不重叠</translation>
    </message>
    <message>
        <source>GOPATH or GOROOT is unknown, so they cannot overlap.</source>
        <translation>GOPATH 或 GOROOT 未知，因此不存在重叠问题。</translation>
    </message>
    <message>
        <source>GOPATH is inside the Go installation</source>
        <translation>GOPATH 位于 Go 安装目录内</translation>
    </message>
    <message>
        <source>Remove the GOPATH export (the default, ~/go, is right for almost everyone).</source>
        <translation>删掉导出 GOPATH 的那一行（默认值 ~/go 对几乎所有人都合适）。</translation>
    </message>
    <message>
        <source>GOPATH (%1) is outside GOROOT (%2).</source>
        <translation>GOPATH（%1）位于 GOROOT（%2）之外。</translation>
    </message>
    <message>
        <source>GOPATH/bin not checked</source>
        <translation>未检查 GOPATH/bin</translation>
    </message>
    <message>
        <source>GOPATH and GOBIN are unknown.</source>
        <translation>GOPATH 和 GOBIN 都未知。</translation>
    </message>
    <message>
        <source>Installed Go tools are on PATH</source>
        <translation>已安装的 Go 工具在 PATH 中</translation>
    </message>
    <message>
        <source>%1, where `go install` puts programs, is on PATH.</source>
        <translation>`go install` 存放程序的目录 %1 已在 PATH 中。</translation>
    </message>
    <message>
        <source>Programs from `go install` are not on PATH</source>
        <translation>`go install` 安装的程序不在 PATH 中</translation>
    </message>
    <message>
        <source>`go install` puts programs in %1 (from %2), but that folder is not on PATH, so tools such as gopls and dlv are &quot;command not found&quot; and editors cannot start them.</source>
        <translation>`go install` 会把程序放到 %1（由 %2 决定），但这个目录不在 PATH 中，所以运行 gopls、dlv 等工具会报 &quot;command not found&quot;（找不到命令），编辑器也启动不了它们。</translation>
    </message>
    <message>
        <source>It already holds: %1.</source>
        <translation>其中已经有：%1。</translation>
    </message>
    <message>
        <source>(does not exist yet)</source>
        <translation>（尚不存在）</translation>
    </message>
    <message>
        <source>Add it in ~/.profile: export PATH=&quot;$PATH:%1&quot;, then log out and in again.</source>
        <translation>在 ~/.profile 中加入：export PATH=&quot;$PATH:%1&quot;，然后注销并重新登录。</translation>
    </message>
    <message>
        <source>GOPATH (%1) is the same folder as GOROOT.</source>
        <translation>GOPATH（%1）与 GOROOT 是同一个目录。</translation>
    </message>
    <message>
        <source>GOPATH (%1) is inside GOROOT (%2).</source>
        <translation>GOPATH（%1）位于 GOROOT（%2）之内。</translation>
    </message>
    <message>
        <source>GOPATH is where your downloaded modules and installed tools go; mixed into the Go installation they clash with the standard library, go warns &quot;GOPATH set to GOROOT has no effect&quot;, and the next Go update deletes them.</source>
        <translation>GOPATH 用来存放下载的模块和安装的工具；把它放进 Go 的安装目录，会和标准库混在一起，go 会提示 &quot;GOPATH set to GOROOT has no effect&quot;（GOPATH 设为 GOROOT 无效），而且下次升级 Go 时这些内容会被一起删掉。</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>unknown host</source>
        <translation>未知主机</translation>
    </message>
    <message>
        <source>The system examined</source>
        <translation>受检系统</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>内核</translation>
    </message>
    <message>
        <source>Examined</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>采集时间</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>报告生成时间</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>生成工具</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>The user name, the host name and the home folder are hidden.</source>
        <translation>用户名、主机名和主目录已隐藏。</translation>
    </message>
    <message>
        <source>Problems at a glance</source>
        <translation>问题概览</translation>
    </message>
    <message>
        <source>No check ran.</source>
        <translation>没有运行任何检查。</translation>
    </message>
    <message>
        <source>No problems: every check that ran passed.</source>
        <translation>没有发现问题：所有已运行的检查均已通过。</translation>
    </message>
    <message>
        <source>Start with the errors, then the warnings: each finding says why it matters and how to fix it.</source>
        <translation>请先处理错误，再处理警告：每条检查结果都说明了它为什么重要以及如何修复。</translation>
    </message>
    <message>
        <source>No errors. Look at the warnings: each says why it matters and how to fix it.</source>
        <translation>没有错误。请查看警告：每条警告都说明了它为什么重要以及如何修复。</translation>
    </message>
    <message>
        <source>No errors and no warnings: nothing needs fixing.</source>
        <translation>没有错误，也没有警告：无需任何修复。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Checks that could not run</source>
        <translation>未能运行的检查</translation>
    </message>
    <message>
        <source>Checks that passed</source>
        <translation>已通过的检查</translation>
    </message>
    <message>
        <source>Every go on PATH in the order the shell looks, each link it goes through, and where it ends.</source>
        <translation>按 shell 的查找顺序列出 PATH 中的每个 go、它经过的每一个链接，以及最终指向的位置。</translation>
    </message>
    <message>
        <source>Memory and CPU of the build watched in this session, with the limits that apply to it.</source>
        <translation>本次会话中所监视构建的内存和 CPU 使用情况，以及对它生效的限制。</translation>
    </message>
    <message>
        <source>Appendix: the Go environment</source>
        <translation>附录：Go 环境</translation>
    </message>
    <message>
        <source>What `go env` says. First the values someone set, in the environment or in the go env file, or that differ from Go&apos;s defaults; then the rest.</source>
        <translation>`go env` 的输出。先列出有人设置过的值（在环境变量或 go env 配置文件中设置的）以及与 Go 默认值不同的值，然后是其余的值。</translation>
    </message>
    <message>
        <source>Nobody changed a setting: every value is Go&apos;s default or worked out by Go.</source>
        <translation>没有人改动过任何设置：所有值都是 Go 的默认值，或由 Go 自动推算得出。</translation>
    </message>
    <message>
        <source>Set or changed</source>
        <translation>已设置或已更改</translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation>其余变量</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Why it is listed</source>
        <translation>列出原因</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Go environment report</source>
        <translation>Go 环境报告</translation>
    </message>
</context>
<context>
    <name>InstallSources</name>
    <message>
        <source>revision %1</source>
        <translation>修订版 %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>通道 %1</translation>
    </message>
    <message>
        <source>apt package %1</source>
        <translation>apt 软件包 %1</translation>
    </message>
    <message>
        <source>snap</source>
        <translation>snap</translation>
    </message>
    <message>
        <source>snap, %1</source>
        <translation>snap，%1</translation>
    </message>
    <message>
        <source>toolchain downloaded by GOTOOLCHAIN</source>
        <translation>由 GOTOOLCHAIN 下载的工具链</translation>
    </message>
    <message>
        <source>SDK from golang.org/dl</source>
        <translation>来自 golang.org/dl 的 SDK</translation>
    </message>
    <message>
        <source>official archive (tarball)</source>
        <translation>官方压缩包（tarball）</translation>
    </message>
    <message>
        <source>%1 version manager</source>
        <translation>%1 版本管理器</translation>
    </message>
    <message>
        <source>sudo apt-get remove %1 (and golang-go, which depends on it)</source>
        <translation>sudo apt-get remove %1（依赖它的 golang-go 也会随之删除）</translation>
    </message>
    <message>
        <source>sudo snap remove go</source>
        <translation>sudo snap remove go</translation>
    </message>
    <message>
        <source>nothing to do: go downloads and uses it for projects that ask for it (go clean -modcache removes it with the module cache)</source>
        <translation>无需处理：go 会为要求这个版本的项目自动下载并使用它（go clean -modcache 会把它连同模块缓存一起删除）</translation>
    </message>
    <message>
        <source>rm -rf %1 and the %2 launcher in your GOPATH/bin</source>
        <translation>rm -rf %1，并删除 GOPATH/bin 中的 %2 启动程序</translation>
    </message>
    <message>
        <source>gvm uninstall %1</source>
        <translation>gvm uninstall %1</translation>
    </message>
    <message>
        <source>asdf uninstall golang %1</source>
        <translation>asdf uninstall golang %1</translation>
    </message>
    <message>
        <source>goenv uninstall %1</source>
        <translation>goenv uninstall %1</translation>
    </message>
    <message>
        <source>mise uninstall go@%1</source>
        <translation>mise uninstall go@%1</translation>
    </message>
    <message>
        <source>sudo rm -rf %1, and remove its bin folder from PATH in your start-up files</source>
        <translation>sudo rm -rf %1，并在启动文件中把它的 bin 目录从 PATH 中去掉</translation>
    </message>
    <message>
        <source>sudo apt-get update &amp;&amp; sudo apt-get install golang-go (the distribution&apos;s Go lags behind; the official archive is newer)</source>
        <translation>sudo apt-get update &amp;&amp; sudo apt-get install golang-go（发行版自带的 Go 版本偏旧；官方压缩包的版本更新）</translation>
    </message>
    <message>
        <source>sudo snap refresh go --channel=1.N/stable (snaps also refresh by themselves)</source>
        <translation>sudo snap refresh go --channel=1.N/stable（snap 也会自动更新）</translation>
    </message>
    <message>
        <source>remove %1 and unpack the newest archive from https://go.dev/dl/ in its place (never unpack over an old tree)</source>
        <translation>删除 %1，然后从 https://go.dev/dl/（中国大陆可用 https://golang.google.cn/dl/）下载最新的压缩包，解压到原来的位置（切勿直接解压覆盖旧的安装目录）</translation>
    </message>
    <message>
        <source>raise the go or toolchain line of the project&apos;s go.mod</source>
        <translation>调高项目 go.mod 中 go 行或 toolchain 行的版本</translation>
    </message>
    <message>
        <source>go install golang.org/dl/goX.Y.Z@latest &amp;&amp; goX.Y.Z download</source>
        <translation>go install golang.org/dl/goX.Y.Z@latest &amp;&amp; goX.Y.Z download</translation>
    </message>
    <message>
        <source>install the newer version with %1</source>
        <translation>用 %1 安装更新的版本</translation>
    </message>
</context>
<context>
    <name>LiveSystem</name>
    <message>
        <source>empty command</source>
        <translation>命令为空</translation>
    </message>
    <message>
        <source>%1: Permission denied</source>
        <translation>%1: Permission denied（权限不够）</translation>
    </message>
    <message>
        <source>%1: command not found</source>
        <translation>%1: command not found（未找到命令）</translation>
    </message>
    <message>
        <source>%1: No such file or directory</source>
        <translation>%1: No such file or directory（没有那个文件或目录）</translation>
    </message>
    <message>
        <source>%1: Is a directory</source>
        <translation>%1: Is a directory（这是一个目录）</translation>
    </message>
    <message>
        <source>%1: %2: bad interpreter: No such file or directory</source>
        <translation>%1: %2: bad interpreter: No such file or directory（解释器错误：没有那个文件或目录）</translation>
    </message>
    <message>
        <source>%1: cannot execute binary file: Exec format error</source>
        <translation>%1: cannot execute binary file: Exec format error（无法执行二进制文件：可执行文件格式错误）</translation>
    </message>
</context>
<context>
    <name>MonitorCharts</name>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Build processes (RSS)</source>
        <translation>构建进程（RSS）</translation>
    </message>
    <message>
        <source>Limit %1 (far above, not drawn)</source>
        <translation>上限 %1（远高于曲线，未画出）</translation>
    </message>
    <message>
        <source>memory.high</source>
        <translation>memory.high</translation>
    </message>
    <message>
        <source>OOM kill</source>
        <translation>OOM 杀死</translation>
    </message>
    <message>
        <source>Build processes</source>
        <translation>构建进程</translation>
    </message>
    <message>
        <source>CPU quota</source>
        <translation>CPU 配额</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>节流</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>内存（GiB）</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>内存（MiB）</translation>
    </message>
    <message>
        <source>CPU (cores)</source>
        <translation>CPU（核）</translation>
    </message>
    <message>
        <source>Memory limit (%1)</source>
        <translation>内存上限（%1）</translation>
    </message>
    <message>
        <source>CPU quota (1 core)</source>
        <translation>CPU 配额（1 核）</translation>
    </message>
    <message>
        <source>CPU quota (%1 cores)</source>
        <translation>CPU 配额（%1 核）</translation>
    </message>
    <message>
        <source>Its cgroup</source>
        <translation>所在的 cgroup</translation>
    </message>
</context>
<context>
    <name>MonitorCli</name>
    <message>
        <source>%1 s  RSS %2</source>
        <translation>%1 秒  RSS %2</translation>
    </message>
    <message>
        <source>  cgroup %1</source>
        <translation>  cgroup %1</translation>
    </message>
    <message>
        <source> / %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>  CPU %1 cores</source>
        <translation>  CPU %1 核</translation>
    </message>
    <message>
        <source>  processes %1</source>
        <translation>  进程 %1</translation>
    </message>
    <message>
        <source>  OOM kills %1</source>
        <translation>  OOM 杀死 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Command:      %1</source>
        <translation>命令：      %1</translation>
    </message>
    <message>
        <source>Not started:  %1</source>
        <translation>未启动：    %1</translation>
    </message>
    <message>
        <source>Exit:         %1</source>
        <translation>退出：      %1</translation>
    </message>
    <message>
        <source>Time:         %1 s wall, %2 s CPU</source>
        <translation>耗时：      实际 %1 秒，CPU %2 秒</translation>
    </message>
    <message>
        <source>Peak memory:  %1 (process tree)</source>
        <translation>内存峰值：  %1（进程树）</translation>
    </message>
    <message>
        <source>, %1 (cgroup)</source>
        <translation>，%1（cgroup）</translation>
    </message>
    <message>
        <source>Memory limit: %1</source>
        <translation>内存上限：  %1</translation>
    </message>
    <message>
        <source> (memory.high %1)</source>
        <translation>（memory.high %1）</translation>
    </message>
    <message>
        <source>CPU quota:    %1</source>
        <translation>CPU 配额：  %1</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 核</translation>
    </message>
    <message>
        <source>Throttled:    %1 s (%2 periods)</source>
        <translation>节流：      %1 秒（%2 个周期）</translation>
    </message>
    <message>
        <source>OOM kills:    %1</source>
        <translation>OOM 杀死：  %1 次</translation>
    </message>
    <message>
        <source>Cgroup:       %1</source>
        <translation>cgroup：    %1</translation>
    </message>
    <message>
        <source>What-if:      %1</source>
        <translation>模拟运行：  %1</translation>
    </message>
    <message>
        <source>Samples:      %1</source>
        <translation>采样数据：  %1 条</translation>
    </message>
    <message>
        <source> (CSV: %1)</source>
        <translation>（CSV：%1）</translation>
    </message>
    <message>
        <source>Note:         %1</source>
        <translation>提示：      %1</translation>
    </message>
    <message>
        <source>Verdict:      %1</source>
        <translation>结论：      %1</translation>
    </message>
    <message>
        <source>--monitor needs a command after --, for example: go-env-doctor --monitor -- go build ./...</source>
        <translation>--monitor 需要在 -- 之后跟上要运行的命令，例如：go-env-doctor --monitor -- go build ./...</translation>
    </message>
    <message>
        <source>--interval %1: give milliseconds between 10 and 60000.</source>
        <translation>--interval %1：请给出 10 到 60000 之间的毫秒数。</translation>
    </message>
    <message>
        <source>--csv %1: cannot write there (no such folder, or it is a folder).</source>
        <translation>--csv %1：无法写入该位置（所在目录不存在，或者它本身就是一个目录）。</translation>
    </message>
    <message>
        <source>Could not write the CSV: %1</source>
        <translation>无法写入 CSV 文件：%1</translation>
    </message>
    <message>
        <source>--csv %1: %2</source>
        <translation>--csv %1：%2</translation>
    </message>
</context>
<context>
    <name>PathChecks</name>
    <message>
        <source>PATH holds a literal ~</source>
        <translation>PATH 中含有字面意义的 ~</translation>
    </message>
    <message>
        <source>PATH entry %1 is &quot;%2&quot;. The shell replaces ~ with your home folder only when it is unquoted at the start of a word; inside quotes (export PATH=&quot;~/go/bin:$PATH&quot;) it stays a plain ~, and no program looks in a folder called &quot;~&quot;. So nothing in %3 is found.</source>
        <translation>PATH 的第 %1 项是 &quot;%2&quot;。只有当 ~ 位于单词开头且没有加引号时，shell 才会把它替换成你的主目录；写在引号里（export PATH=&quot;~/go/bin:$PATH&quot;）时，它就只是一个普通的 ~ 字符，而没有哪个程序会去名为 &quot;~&quot; 的目录里找东西。所以 %3 里的程序都找不到。</translation>
    </message>
    <message>
        <source>That folder holds `go`.</source>
        <translation>而这个目录里正好有 `go`。</translation>
    </message>
    <message>
        <source>Write $HOME instead of ~ in the export (export PATH=&quot;$HOME%1:$PATH&quot;) and open a new terminal.</source>
        <translation>在 export 语句中用 $HOME 代替 ~（export PATH=&quot;$HOME%1:$PATH&quot;），然后打开一个新终端。</translation>
    </message>
    <message>
        <source>No literal ~ in PATH</source>
        <translation>PATH 中没有字面意义的 ~</translation>
    </message>
    <message>
        <source>Every PATH entry is spelled out.</source>
        <translation>PATH 中的每一项都写成了完整路径。</translation>
    </message>
    <message>
        <source>PATH has an empty entry</source>
        <translation>PATH 中有空项</translation>
    </message>
    <message>
        <source>PATH entry %1 is empty (a leading or trailing colon, or &quot;::&quot;). An empty entry means the current folder: any program called `go`, `ls` or `git` in a folder you cd into runs instead of the real one. This is a security hole, usually from export PATH=$PATH:$X with X unset.</source>
        <translation>PATH 的第 %1 项是空的（开头或结尾多了一个冒号，或者出现了 &quot;::&quot;）。空项代表当前目录：你 cd 进某个目录后，那里任何名为 `go`、`ls` 或 `git` 的程序都会取代真正的程序被运行。这是一个安全漏洞，通常是在 X 未设置时执行了 export PATH=$PATH:$X 造成的。</translation>
    </message>
    <message>
        <source>Remove the stray colon from the PATH export in your start-up files.</source>
        <translation>删掉启动文件中 PATH 导出语句里多余的冒号。</translation>
    </message>
    <message>
        <source>PATH has a relative entry</source>
        <translation>PATH 中有相对路径</translation>
    </message>
    <message>
        <source>PATH entry %1 is &quot;%2&quot;, which does not start with /. It is looked up from whatever folder you are in, so commands change meaning as you cd around, and a program planted in a project folder can run instead of the real one.</source>
        <translation>PATH 的第 %1 项是 &quot;%2&quot;，它不是以 / 开头的。系统会相对于你当前所在的目录去查找它，所以随着你 cd 到不同目录，同一条命令的含义也会跟着变；而且有人在项目目录里放一个同名程序，就可能取代真正的程序被运行。</translation>
    </message>
    <message>
        <source>Use an absolute folder (e.g. $HOME/%1) in the PATH export.</source>
        <translation>在 PATH 导出语句中使用绝对路径（例如 $HOME/%1）。</translation>
    </message>
    <message>
        <source>PATH entries are absolute</source>
        <translation>PATH 中都是绝对路径</translation>
    </message>
    <message>
        <source>No empty or relative PATH entry.</source>
        <translation>PATH 中没有空项，也没有相对路径。</translation>
    </message>
    <message>
        <source>A PATH entry is not a folder</source>
        <translation>PATH 中有一项不是目录</translation>
    </message>
    <message>
        <source>A PATH entry does not exist</source>
        <translation>PATH 中有一项不存在</translation>
    </message>
    <message>
        <source>PATH entry %1, %2, is a file, not a folder; nothing is found there.</source>
        <translation>PATH 的第 %1 项 %2 是一个文件，而不是目录；在这里找不到任何程序。</translation>
    </message>
    <message>
        <source>PATH entry %1, %2, does not exist. Harmless by itself, but if you expect programs there (an uninstalled tool, a typo), they will not be found.</source>
        <translation>PATH 的第 %1 项 %2 不存在。这本身无害，但如果你指望那里有程序（比如某个已卸载的工具，或者路径写错了），它们是找不到的。</translation>
    </message>
    <message>
        <source>Remove it from the PATH export, or fix its spelling.</source>
        <translation>把它从 PATH 导出语句中删掉，或者改正拼写。</translation>
    </message>
    <message>
        <source>Every PATH folder exists</source>
        <translation>PATH 中的目录都存在</translation>
    </message>
    <message>
        <source>No PATH entry names a missing folder.</source>
        <translation>PATH 中没有指向不存在目录的项。</translation>
    </message>
    <message>
        <source>A folder is on PATH twice</source>
        <translation>有目录在 PATH 中重复出现</translation>
    </message>
    <message>
        <source>PATH entry %1 (%2) repeats entry %3 (%4). Only the first counts; repeats usually come from a start-up file that adds to PATH every time it is read (a nested shell, `source ~/.bashrc`).</source>
        <translation>PATH 的第 %1 项（%2）与第 %3 项（%4）重复。只有排在前面的那个起作用；重复通常是因为某个启动文件每被读取一次就往 PATH 里追加一次（例如嵌套的 shell，或执行了 `source ~/.bashrc`）。</translation>
    </message>
    <message>
        <source>Guard the PATH line so it adds the folder only once, or remove the repeat.</source>
        <translation>给修改 PATH 的那一行加上判断，确保目录只会被添加一次；或者删掉重复的部分。</translation>
    </message>
    <message>
        <source>No repeated PATH entries</source>
        <translation>PATH 中没有重复项</translation>
    </message>
    <message>
        <source>Each folder is on PATH once.</source>
        <translation>每个目录在 PATH 中只出现一次。</translation>
    </message>
    <message>
        <source>PATH entry %1: &quot;%2&quot;</source>
        <translation>PATH 第 %1 项：&quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>PathDiagram</name>
    <message>
        <source>Diagram: how each go on PATH is reached</source>
        <translation>示意图：PATH 上每个 go 是如何到达的</translation>
    </message>
    <message>
        <source>apt package</source>
        <translation>apt 软件包</translation>
    </message>
    <message>
        <source>snap</source>
        <translation>snap</translation>
    </message>
    <message>
        <source>official tarball</source>
        <translation>官方压缩包</translation>
    </message>
    <message>
        <source>golang.org/dl SDK</source>
        <translation>golang.org/dl SDK</translation>
    </message>
    <message>
        <source>GOTOOLCHAIN download</source>
        <translation>GOTOOLCHAIN 下载</translation>
    </message>
    <message>
        <source>%1 (version manager)</source>
        <translation>%1（版本管理器）</translation>
    </message>
    <message>
        <source>source unknown</source>
        <translation>来源不明</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>source and detail: apt package golang-1.22-go</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>apt</source>
        <translation>apt</translation>
    </message>
    <message>
        <source>tarball</source>
        <translation>压缩包</translation>
    </message>
    <message>
        <source>SDK</source>
        <translation>SDK</translation>
    </message>
    <message>
        <source>toolchain</source>
        <translation>工具链</translation>
    </message>
    <message>
        <source>runs when you type go</source>
        <translation>输入 go 时运行的就是它</translation>
    </message>
    <message>
        <source>cannot run: its links go round in a loop</source>
        <translation>无法运行：链接绕成了一个环</translation>
    </message>
    <message>
        <source>cannot run: a link points to nothing</source>
        <translation>无法运行：链接指向不存在的文件</translation>
    </message>
    <message>
        <source>cannot run: not executable</source>
        <translation>无法运行：没有执行权限</translation>
    </message>
    <message>
        <source>cannot run: not found</source>
        <translation>无法运行：找不到</translation>
    </message>
    <message>
        <source>the same program as the one that runs, reached another way</source>
        <translation>与运行的那个是同一个程序，只是路径不同</translation>
    </message>
    <message>
        <source>shadowed by %1, which comes first on PATH</source>
        <translation>被 %1 遮蔽，因为它在 PATH 中更靠前</translation>
    </message>
    <message>
        <source>found, not used</source>
        <translation>找到了，但不会被使用</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>link loop</source>
        <translation>链接成环</translation>
    </message>
    <message>
        <source>broken link</source>
        <translation>链接断开</translation>
    </message>
    <message>
        <source>not executable</source>
        <translation>不可执行</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>same program</source>
        <translation>同一程序</translation>
    </message>
    <message>
        <source>shadowed</source>
        <translation>被遮蔽</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>No go was found in any PATH folder.</source>
        <translation>PATH 的所有目录中都没有找到 go。</translation>
    </message>
    <message>
        <source>PATH folder #%1 has</source>
        <translation>PATH 第 %1 个目录中有</translation>
    </message>
    <message>
        <source>found at</source>
        <translation>位于</translation>
    </message>
    <message>
        <source>a symlink to</source>
        <translation>符号链接，指向</translation>
    </message>
    <message>
        <source>folder %1 is a symlink to</source>
        <translation>目录 %1 是符号链接，指向</translation>
    </message>
    <message>
        <source>loop: the links lead back here, so the system gives up</source>
        <translation>环：链接又回到了这里，系统只好放弃</translation>
    </message>
    <message>
        <source>loop: the links never end, so the system gives up after 40</source>
        <translation>环：链接没有尽头，系统在 40 次之后放弃</translation>
    </message>
    <message>
        <source>missing: a link to nothing</source>
        <translation>不存在：链接指向空处</translation>
    </message>
    <message>
        <source>PATH folder #%1 has the program itself</source>
        <translation>PATH 第 %1 个目录中就是程序本身</translation>
    </message>
    <message>
        <source>the program itself</source>
        <translation>程序本身</translation>
    </message>
    <message>
        <source>the program (snap starts go for you)</source>
        <translation>程序（由 snap 替你启动 go）</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>a symlink to %1</source>
        <comment>a symlink to the program</comment>
        <translation>符号链接，指向%1</translation>
    </message>
    <message>
        <source>and so on</source>
        <translation>以此类推</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Where go comes from: PATH and links</source>
        <translation>go 从哪里来：PATH 与链接</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>请选择以 .png 或 .svg 结尾的文件名。</translation>
    </message>
    <message>
        <source>not on PATH</source>
        <translation>不在 PATH 中</translation>
    </message>
    <message>
        <source>Go installation folder, not in any PATH folder</source>
        <translation>Go 安装目录，不在任何 PATH 目录中</translation>
    </message>
    <message>
        <source>To remove it: %1</source>
        <translation>删除方法：%1</translation>
    </message>
</context>
<context>
    <name>PathLinksPage</name>
    <message>
        <source>(empty: the current folder)</source>
        <translation>（空：当前目录）</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>This folder does not exist: the shell skips it.</source>
        <translation>这个目录不存在：shell 会跳过它。</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>This folder is already on PATH earlier: searching it again finds nothing new.</source>
        <translation>这个目录在 PATH 前面已经出现过：再搜索一次也找不到新东西。</translation>
    </message>
    <message>
        <source>Added by line %1 of %2:
%3
Press Enter or double-click to open the file.</source>
        <translation>由 %2 的第 %1 行加入：
%3
按回车或双击打开该文件。</translation>
    </message>
    <message>
        <source>No start-up file the doctor reads adds this folder: it comes from the system&apos;s defaults or from the program that started this one.</source>
        <translation>本工具读取的启动文件中没有哪一个添加了这个目录：它来自系统的默认设置，或者来自启动本程序的那个程序。</translation>
    </message>
    <message>
        <source>Folder %1: %2</source>
        <translation>第 %1 个目录：%2</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1（未知）</translation>
    </message>
    <message>
        <source>%1
Not known: %2</source>
        <translation>%1
未知：%2</translation>
    </message>
    <message>
        <source>Not the same in every environment</source>
        <translation>各环境中不一致</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>no go</source>
        <translation>没有 go</translation>
    </message>
    <message>
        <source>go that runs</source>
        <translation>运行的 go</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>This environment has PATH folders this program does not have, and a go in one of them would come first.</source>
        <translation>这个环境的 PATH 中有本程序没有的目录，如果其中有 go，它会排在前面。</translation>
    </message>
    <message>
        <source>folders: %1</source>
        <translation>目录：%1</translation>
    </message>
    <message>
        <source>not on PATH</source>
        <translation>不在 PATH 中</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>set: %1</source>
        <translation>已设置：%1</translation>
    </message>
    <message>
        <source>Go variables</source>
        <translation>Go 变量</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Save the diagram</source>
        <translation>保存示意图</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>PATH &amp; links</source>
        <translation>PATH 与链接</translation>
    </message>
    <message>
        <source>The shell looks for go in the PATH folders in order, and the first go it finds wins. Here is every go on PATH, where its links lead, and what other environments see.</source>
        <translation>shell 按顺序在 PATH 的各个目录中查找 go，先找到的那个胜出。这里列出 PATH 上的每个 go、它的链接通向哪里，以及其他环境看到的是什么。</translation>
    </message>
    <message>
        <source>&amp;PATH, searched from the top</source>
        <translation>&amp;PATH（从上往下搜索）</translation>
    </message>
    <message>
        <source>&amp;Environments compared</source>
        <translation>环境对比(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;How each go is reached</source>
        <translation>每个 go 如何到达(&amp;H)</translation>
    </message>
    <message>
        <source>One row per go, in PATH order: where the shell finds it, then each symlink as written, to the program that really runs.</source>
        <translation>每个 go 一行，按 PATH 顺序：shell 在哪里找到它，然后是写在链接里的每一跳，直到真正运行的程序。</translation>
    </message>
    <message>
        <source>≠ not the same everywhere  ·  ? not known  ·  A desktop session is what an IDE started from the menu sees.</source>
        <translation>≠ 各处不一致  ·  ? 未知  ·  桌面会话就是从菜单启动的 IDE 看到的环境。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>go here</source>
        <translation>此处的 go</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>由谁加入</translation>
    </message>
    <message>
        <source>The start-up file and line that put the folder on PATH</source>
        <translation>把该目录加入 PATH 的启动文件及行号</translation>
    </message>
    <message>
        <source>PATH folders in the order the shell searches them</source>
        <translation>按 shell 搜索顺序排列的 PATH 目录</translation>
    </message>
    <message>
        <source>Environments compared: PATH and Go variables side by side</source>
        <translation>环境对比：并排显示 PATH 和 Go 变量</translation>
    </message>
    <message>
        <source>Diagram of every go and its links</source>
        <translation>每个 go 及其链接的示意图</translation>
    </message>
    <message>
        <source>&amp;Save diagram…</source>
        <translation>保存示意图(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the diagram as a PNG image or an SVG drawing</source>
        <translation>把示意图保存为 PNG 图片或 SVG 矢量图</translation>
    </message>
    <message>
        <source>Save the diagram as an image</source>
        <translation>把示意图保存为图片</translation>
    </message>
</context>
<context>
    <name>PathStoryText</name>
    <message>
        <source>This program</source>
        <translation>本程序</translation>
    </message>
    <message>
        <source>A new login shell</source>
        <translation>新的登录 shell</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>它没有在时限内响应</translation>
    </message>
    <message>
        <source>it could not be run</source>
        <translation>它无法运行</translation>
    </message>
    <message>
        <source>not captured</source>
        <translation>未采集</translation>
    </message>
    <message>
        <source>The desktop session (IDEs started from the menu)</source>
        <translation>桌面会话（从菜单启动的 IDE）</translation>
    </message>
    <message>
        <source>PATH, in the order the shell searches it:</source>
        <translation>PATH（按 shell 搜索的顺序）：</translation>
    </message>
    <message>
        <source>(empty: the current folder)</source>
        <translation>（空：当前目录）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>go runs from here</source>
        <translation>运行的 go 在这里</translation>
    </message>
    <message>
        <source>has a go</source>
        <translation>有一个 go</translation>
    </message>
    <message>
        <source>added by %1:%2: %3</source>
        <translation>由 %1:%2 加入：%3</translation>
    </message>
    <message>
        <source>No go on PATH.</source>
        <translation>PATH 中没有 go。</translation>
    </message>
    <message>
        <source>runs when you type go</source>
        <translation>输入 go 时运行的就是它</translation>
    </message>
    <message>
        <source>cannot run: %1</source>
        <translation>无法运行：%1</translation>
    </message>
    <message>
        <source>the same program as the one that runs</source>
        <translation>与运行的那个是同一个程序</translation>
    </message>
    <message>
        <source>shadowed by %1</source>
        <translation>被 %1 遮蔽</translation>
    </message>
    <message>
        <source>Environments compared:</source>
        <translation>环境对比：</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>Go installations not reached through PATH:</source>
        <translation>PATH 找不到的 Go 安装：</translation>
    </message>
    <message>
        <source>to remove: %1</source>
        <translation>删除方法：%1</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>The scan kept no record of the Go environment.</source>
        <translation>本次扫描没有记录 Go 环境。</translation>
    </message>
    <message>
        <source>set in the environment</source>
        <translation>在环境变量中设置</translation>
    </message>
    <message>
        <source>`go env` could not be read: %1</source>
        <translation>无法读取 `go env`：%1</translation>
    </message>
    <message>
        <source>set in %1, line %2</source>
        <translation>在 %1 第 %2 行设置</translation>
    </message>
    <message>
        <source>Go&apos;s default is empty</source>
        <translation>Go 的默认值为空</translation>
    </message>
    <message>
        <source>Go&apos;s default is %1</source>
        <translation>Go 的默认值为 %1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: a report is written as .pdf, .html or .json.</source>
        <translation>%1：报告只能保存为 .pdf、.html 或 .json 文件。</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>The findings of the scan of %1: %2.</source>
        <translation>对 %1 的扫描结果：%2。</translation>
    </message>
    <message>
        <source>The PATH and links diagram.</source>
        <translation>PATH 与链接示意图。</translation>
    </message>
    <message>
        <source>No build charts: no build was watched on the Build monitor page in this session.</source>
        <translation>没有构建图表：本次会话中没有在“构建监视器”页面上监视过构建。</translation>
    </message>
    <message>
        <source>The build monitor&apos;s charts of the build watched in this session.</source>
        <translation>构建监视器为本次会话中所监视构建绘制的图表。</translation>
    </message>
    <message>
        <source>The Go environment (go env), the values someone changed first.</source>
        <translation>Go 环境（go env），有人改动过的值排在最前面。</translation>
    </message>
    <message>
        <source>Language: %1.</source>
        <translation>语言：%1。</translation>
    </message>
    <message>
        <source>Your user name, host name and home folder are hidden.</source>
        <translation>你的用户名、主机名和主目录将被隐藏。</translation>
    </message>
    <message>
        <source>The report will hold:</source>
        <translation>报告将包含：</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美式信纸（Letter）</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Keep what the scan found, or hand it to a colleague: a PDF to read, a web page, or JSON for tools.</source>
        <translation>保存扫描结果，或把它交给同事：可以导出便于阅读的 PDF、网页，或供工具处理的 JSON。</translation>
    </message>
    <message>
        <source>Secrets (passwords in proxy addresses, tokens) are never written into a report. Tick privacy to hide who and where as well.</source>
        <translation>报告中绝不会写入机密信息（代理地址中的密码、令牌等）。勾选“隐私”后，还会隐藏用户身份和所在机器。</translation>
    </message>
    <message>
        <source>Pri&amp;vacy: hide my user name, host name and home folder</source>
        <translation>隐私：隐藏我的用户名、主机名和主目录(&amp;V)</translation>
    </message>
    <message>
        <source>P&amp;aper (PDF):</source>
        <translation>纸张（PDF）(&amp;A)：</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>导出 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ResultDetails</name>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>如何修复</translation>
    </message>
    <message>
        <source>Fix ids: %1</source>
        <translation>修复项 ID：%1</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>起因</translation>
    </message>
    <message>
        <source>This also explains</source>
        <translation>这也解释了以下问题</translation>
    </message>
</context>
<context>
    <name>RlimitChecks</name>
    <message>
        <source>Address-space limit unknown</source>
        <translation>地址空间限制未知</translation>
    </message>
    <message>
        <source>The snapshot does not record the address-space limit (process.rlimits.as).</source>
        <translation>快照中没有记录地址空间限制（process.rlimits.as）。</translation>
    </message>
    <message>
        <source>The address-space limit (RLIMIT_AS) could not be read.</source>
        <translation>无法读取地址空间限制（RLIMIT_AS）。</translation>
    </message>
    <message>
        <source>No address-space limit</source>
        <translation>没有地址空间限制</translation>
    </message>
    <message>
        <source>`ulimit -v` is unlimited, as the Go runtime needs.</source>
        <translation>`ulimit -v` 为 unlimited（不限制），符合 Go 运行时的需要。</translation>
    </message>
    <message>
        <source>`ulimit -v` limits the address space to %1</source>
        <translation>`ulimit -v` 把地址空间限制为 %1</translation>
    </message>
    <message>
        <source>Your processes may map at most %1 of address space (RLIMIT_AS, `ulimit -v` = %2 KiB). Address space is not memory: every 64-bit Go program, the compiler included, reserves about 600 MiB of it at start-up (the page allocator&apos;s summaries) and grows its heap in 64 MiB arenas, so builds fail with &quot;fatal error: failed to reserve page summary memory&quot; or &quot;runtime: out of memory&quot; long before memory runs out.</source>
        <translation>你的进程最多只能映射 %1 的地址空间（RLIMIT_AS，`ulimit -v` = %2 KiB）。地址空间并不等于内存：每个 64 位 Go 程序（包括编译器）在启动时都会预留约 600 MiB 地址空间（用于页分配器的摘要），并以 64 MiB 的 arena 为单位扩展堆，所以远在内存耗尽之前，构建就会报 &quot;fatal error: failed to reserve page summary memory&quot; 或 &quot;runtime: out of memory&quot; 而失败。</translation>
    </message>
    <message>
        <source>At this size most builds start, but large links and test binaries running in parallel can still hit it.</source>
        <translation>在这个大小下，大多数构建都能启动，但大型链接以及并行运行的测试二进制文件仍可能触及这个限制。</translation>
    </message>
    <message>
        <source>Find where `ulimit -v` is set (your shell start-up files, /etc/security/limits.conf and limits.d/, LimitAS= of the service that starts your session) and remove it; open a new login session. To cap memory, use a cgroup and GOMEMLIMIT instead: systemd-run --user --scope -p MemoryMax=4G go build ./... with GOMEMLIMIT=3GiB.</source>
        <translation>找出 `ulimit -v` 是在哪里设置的（你的 shell 启动文件、/etc/security/limits.conf 和 limits.d/、启动你会话的服务的 LimitAS=），删掉它，然后开启一个新的登录会话。如果要限制内存，请改用 cgroup 和 GOMEMLIMIT：systemd-run --user --scope -p MemoryMax=4G go build ./...，同时设置 GOMEMLIMIT=3GiB。</translation>
    </message>
    <message>
        <source>Remove the address-space limit from %1 and start a new login session. To cap memory, use a cgroup and GOMEMLIMIT instead: systemd-run --user --scope -p MemoryMax=4G go build ./... with GOMEMLIMIT=3GiB.</source>
        <translation>从 %1 中删除地址空间限制，然后开启一个新的登录会话。如果要限制内存，请改用 cgroup 和 GOMEMLIMIT：systemd-run --user --scope -p MemoryMax=4G go build ./...，同时设置 GOMEMLIMIT=3GiB。</translation>
    </message>
    <message>
        <source>Process and file limits unknown</source>
        <translation>进程数和文件数限制未知</translation>
    </message>
    <message>
        <source>Neither the process limit (nproc) nor the hard open-file limit (nofile) is known.</source>
        <translation>进程数限制（nproc）和打开文件数硬限制（nofile）都未知。</translation>
    </message>
    <message>
        <source>Only %1 processes allowed (`ulimit -u`)</source>
        <translation>只允许 %1 个进程（`ulimit -u`）</translation>
    </message>
    <message>
        <source>RLIMIT_NPROC is %1. On Linux it counts every thread of every process of your user, your desktop and editor included; go build runs one compiler per CPU, each Go program runs several threads, and go test runs test binaries in parallel. A parallel build can hit the limit and fail with &quot;fork: resource temporarily unavailable&quot; or &quot;runtime: failed to create new OS thread&quot;.</source>
        <translation>RLIMIT_NPROC 为 %1。在 Linux 上，它统计的是你这个用户所有进程的所有线程，包括桌面和编辑器在内；go build 会按每个 CPU 一个编译器同时运行，每个 Go 程序都会运行多个线程，go test 还会并行运行测试二进制文件。并行构建可能触及这个限制，并报 &quot;fork: resource temporarily unavailable&quot; 或 &quot;runtime: failed to create new OS thread&quot; 而失败。</translation>
    </message>
    <message>
        <source>Raise or remove the nproc limit where it is set (/etc/security/limits.conf, limits.d/, `ulimit -u` in a start-up file) and log in again.</source>
        <translation>在设置 nproc 限制的地方（/etc/security/limits.conf、limits.d/、启动文件中的 `ulimit -u`）调高或删除它，然后重新登录。</translation>
    </message>
    <message>
        <source>Raise or remove the nproc limit in %1 and log in again.</source>
        <translation>在 %1 中调高或删除 nproc 限制，然后重新登录。</translation>
    </message>
    <message>
        <source>The hard open-file limit is %1</source>
        <translation>打开文件数的硬限制为 %1</translation>
    </message>
    <message>
        <source>The hard RLIMIT_NOFILE is %1. Go 1.19 and later raise their own soft limit to the hard limit, so a low soft limit alone does not matter to Go; a low hard limit does: gopls, go build and go test on a large module fail with &quot;too many open files&quot;.</source>
        <translation>RLIMIT_NOFILE 的硬限制为 %1。Go 1.19 及以后的版本会自行把软限制提高到硬限制，所以仅仅是软限制低对 Go 没有影响；但硬限制低就有影响了：在大型模块上运行 gopls、go build 和 go test 会报 &quot;too many open files&quot; 而失败。</translation>
    </message>
    <message>
        <source>Raise the hard nofile limit where it is set (/etc/security/limits.conf, DefaultLimitNOFILE= in system.conf) and log in again.</source>
        <translation>在设置 nofile 硬限制的地方（/etc/security/limits.conf、system.conf 中的 DefaultLimitNOFILE=）调高它，然后重新登录。</translation>
    </message>
    <message>
        <source>Raise the hard nofile limit in %1 and log in again.</source>
        <translation>在 %1 中调高 nofile 硬限制，然后重新登录。</translation>
    </message>
    <message>
        <source>nproc unlimited</source>
        <translation>nproc 不限制</translation>
    </message>
    <message>
        <source>nproc %1</source>
        <translation>nproc %1</translation>
    </message>
    <message>
        <source>hard nofile unlimited</source>
        <translation>nofile 硬限制：不限制</translation>
    </message>
    <message>
        <source>hard nofile %1</source>
        <translation>nofile 硬限制 %1</translation>
    </message>
    <message>
        <source>Process and file limits are high enough</source>
        <translation>进程数和文件数限制足够高</translation>
    </message>
    <message>
        <source>Limits: %1.</source>
        <translation>限制：%1。</translation>
    </message>
    <message>
        <source>Only the soft open-file limit is known (%1); Go raises it to the hard limit itself, so it is not judged.</source>
        <translation>只知道打开文件数的软限制（%1）；Go 会自行把它提高到硬限制，因此不对它做判断。</translation>
    </message>
</context>
<context>
    <name>ScanDiffView</name>
    <message>
        <source>What changed since the script was made</source>
        <translation>生成脚本以来的变化</translation>
    </message>
    <message>
        <source>Nothing changed, and nothing is failing.</source>
        <translation>没有任何变化，也没有失败的检查。</translation>
    </message>
    <message>
        <source>Nothing changed: a snapshot stays as it was captured. Run the script on its machine and take a new snapshot there. Still failing: %1.</source>
        <translation>没有任何变化：快照始终保持采集时的样子。请在快照所在的机器上运行脚本，再在那里重新采集一份快照。仍然失败：%1 项。</translation>
    </message>
    <message>
        <source>Nothing changed. Still failing: %1. Did the script run to its end?</source>
        <translation>没有任何变化。仍然失败：%1 项。脚本是否一直运行到了最后？</translation>
    </message>
    <message numerus="yes">
        <source>%n fixed</source>
        <translation>
            <numerusform>已修复 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still failing</source>
        <translation>
            <numerusform>仍失败 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>新出现 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n 项无法检查</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the script was made: %1.</source>
        <translation>自生成脚本以来：%1。</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>已修复</translation>
    </message>
    <message>
        <source>Still failing</source>
        <translation>仍然失败</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新出现</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Changes to start-up files reach programs started after you log out and in again: do that, then scan again.</source>
        <translation>对启动文件的修改只对注销并重新登录之后启动的程序生效：请先这样做，再重新扫描。</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Examining %1…</source>
        <translation>正在检查%1…</translation>
    </message>
    <message>
        <source>Reading PATH and every `go` on it</source>
        <translation>读取 PATH 及其中的每一个 `go`</translation>
    </message>
    <message>
        <source>Reading the go env file and GOROOT</source>
        <translation>读取 go env 配置文件和 GOROOT</translation>
    </message>
    <message>
        <source>Running `go env -json` and `go version`</source>
        <translation>运行 `go env -json` 和 `go version`</translation>
    </message>
    <message>
        <source>Looking for Go installations</source>
        <translation>查找已安装的 Go</translation>
    </message>
    <message>
        <source>slow: %1 ms</source>
        <translation>较慢：%1 毫秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The scan was stopped. The findings so far are incomplete: %1</source>
        <translation>扫描已停止，目前得到的结果并不完整：%1</translation>
    </message>
    <message>
        <source>Scan finished in %1 ms: %2</source>
        <translation>扫描完成，用时 %1 毫秒：%2</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>正在扫描</translation>
    </message>
    <message>
        <source>Each check below is a question the doctor asks. Nothing is changed.</source>
        <translation>下面的每一项检查，都是诊断时要问的一个问题。扫描不会做任何修改。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the scan</source>
        <translation>停止扫描</translation>
    </message>
    <message>
        <source>Checks done so far</source>
        <translation>已完成的检查</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>Show &amp;findings &gt;</source>
        <translation>查看结果(&amp;F) &gt;</translation>
    </message>
    <message>
        <source>Reading your shell&apos;s start-up files</source>
        <translation>读取 shell 的启动文件</translation>
    </message>
    <message>
        <source>Reading cgroup, systemd and resource limits</source>
        <translation>读取 cgroup、systemd 和资源限制</translation>
    </message>
</context>
<context>
    <name>SeverityStyle</name>
    <message>
        <source>Errors: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>通过：%1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>跳过：%1</translation>
    </message>
</context>
<context>
    <name>ShellChecks</name>
    <message>
        <source>an unknown shell</source>
        <translation>未知的 shell</translation>
    </message>
    <message>
        <source>Start-up files not compared</source>
        <translation>未比对启动文件</translation>
    </message>
    <message>
        <source>The login shell (%1) is not one the doctor knows (bash, zsh, fish, sh).</source>
        <translation>本工具不认识这个登录 shell（%1）；它只认识 bash、zsh、fish 和 sh。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No Go lines in start-up files</source>
        <translation>启动文件中没有 Go 相关的设置</translation>
    </message>
    <message>
        <source>None of your start-up files sets Go up; nothing can be in the wrong one.</source>
        <translation>你的启动文件都没有配置 Go，因此也不存在写错文件的问题。</translation>
    </message>
    <message>
        <source>Go is set up where your shell looks</source>
        <translation>Go 配置在了 shell 会读取的文件里</translation>
    </message>
    <message>
        <source>Your login shell, %1, reads a start-up file that sets Go up.</source>
        <translation>你的登录 shell（%1）会读取配置了 Go 的启动文件。</translation>
    </message>
    <message>
        <source>Go is set up for another shell</source>
        <translation>Go 配置在了另一种 shell 的文件里</translation>
    </message>
    <message>
        <source>Your login shell is %1, but Go is set up only in %2, which %1 never reads. Each shell reads its own files: bash reads ~/.bashrc and ~/.profile, zsh reads ~/.zshrc and ~/.zprofile, fish reads ~/.config/fish/config.fish. So a new terminal does not have these settings.</source>
        <translation>你的登录 shell 是 %1，但 Go 只在 %2 中做了配置，而 %1 根本不会读取这些文件。每种 shell 只读取自己的文件：bash 读取 ~/.bashrc 和 ~/.profile，zsh 读取 ~/.zshrc 和 ~/.zprofile，fish 读取 ~/.config/fish/config.fish。所以新打开的终端里没有这些设置。</translation>
    </message>
    <message>
        <source>Put the same lines in %1 (read by your login shell and by the desktop session), then log out and in again.</source>
        <translation>把同样的几行写进 %1（登录 shell 和桌面会话都会读取它），然后注销并重新登录。</translation>
    </message>
    <message>
        <source>New-terminal environment not compared</source>
        <translation>未比对新终端的环境</translation>
    </message>
    <message>
        <source>The environment of a new login shell was not captured in this snapshot.</source>
        <translation>此快照中未采集新的登录 shell 的环境。</translation>
    </message>
    <message>
        <source>A new login shell did not answer within the time limit, so it was stopped.</source>
        <translation>新的登录 shell 在时限内没有响应，已被终止。</translation>
    </message>
    <message>
        <source>A new login shell could not be run.</source>
        <translation>无法运行新的登录 shell。</translation>
    </message>
    <message>
        <source>This environment is up to date</source>
        <translation>当前环境是最新的</translation>
    </message>
    <message>
        <source>A new login shell would have the same Go settings as the environment the doctor runs in.</source>
        <translation>新的登录 shell 与本工具运行时所在的环境有着相同的 Go 设置。</translation>
    </message>
    <message>
        <source>A new terminal would see Go differently</source>
        <translation>新终端看到的 Go 会不一样</translation>
    </message>
    <message>
        <source>A new login shell would have %1, but the environment the doctor runs in does not. The start-up files were changed after this terminal or program started (it keeps the old environment), or this program was not started from a terminal.</source>
        <translation>新的登录 shell 中会有 %1，但本工具运行时所在的环境中没有。原因是启动文件在这个终端或程序启动之后才被修改（它仍保留着旧的环境），或者本程序不是从终端启动的。</translation>
    </message>
    <message>
        <source>Programs started from the desktop never read those lines (see shell.gui-session).</source>
        <translation>从桌面启动的程序根本不会读取这几行（见 shell.gui-session）。</translation>
    </message>
    <message>
        <source>Open a new terminal (or run `source` on the file you changed), and restart editors started before the change.</source>
        <translation>打开一个新终端（或者对你修改过的文件执行 `source`），并重启在修改之前就已启动的编辑器。</translation>
    </message>
    <message>
        <source>None of your start-up files sets Go up.</source>
        <translation>你的启动文件都没有配置 Go。</translation>
    </message>
    <message>
        <source>Programs from the desktop see Go</source>
        <translation>从桌面启动的程序能找到 Go</translation>
    </message>
    <message>
        <source>Go is set up in a file the desktop session reads, so editors started from the menu find it.</source>
        <translation>Go 配置在桌面会话会读取的文件中，所以从菜单启动的编辑器能找到它。</translation>
    </message>
    <message>
        <source>Nothing for the desktop to miss</source>
        <translation>桌面会话不会漏掉任何设置</translation>
    </message>
    <message>
        <source>Your login shell does not read the files that set Go up (see shell.rc-mismatch).</source>
        <translation>你的登录 shell 并不读取配置了 Go 的那些文件（见 shell.rc-mismatch）。</translation>
    </message>
    <message>
        <source>Editors started from the desktop do not see Go</source>
        <translation>从桌面启动的编辑器找不到 Go</translation>
    </message>
    <message>
        <source>Go is set up only in %1, which only interactive %2 shells read. Your terminal finds go, but programs started from the desktop menu — VS Code, GoLand, the snap of an editor — get the desktop session&apos;s environment, which is built from ~/.profile and ~/.config/environment.d, so they report &quot;go: command not found&quot; or use another Go.</source>
        <translation>Go 只在 %1 中做了配置，而只有交互式的 %2 才会读取它。所以你的终端能找到 go，但从桌面菜单启动的程序——VS Code、GoLand、以 snap 安装的编辑器——拿到的是桌面会话的环境，而这个环境是由 ~/.profile 和 ~/.config/environment.d 构建的，因此它们会报 &quot;go: command not found&quot;（找不到 go 命令），或者用上另一个 Go。</translation>
    </message>
    <message>
        <source>Move the Go lines to %1 or to ~/.config/environment.d/go.conf (KEY=VALUE lines, e.g. PATH=${PATH}:/usr/local/go/bin), then log out and in again.</source>
        <translation>把 Go 相关的几行移到 %1 或 ~/.config/environment.d/go.conf 中（后者每行一个 KEY=VALUE，例如 PATH=${PATH}:/usr/local/go/bin），然后注销并重新登录。</translation>
    </message>
    <message>
        <source>~/.profile is read</source>
        <translation>~/.profile 会被读取</translation>
    </message>
    <message>
        <source>No ~/.bash_profile or ~/.bash_login hides ~/.profile from bash login shells.</source>
        <translation>没有 ~/.bash_profile 或 ~/.bash_login 遮蔽 ~/.profile，bash 登录 shell 会正常读取它。</translation>
    </message>
    <message>
        <source>~/.profile hiding does not matter here</source>
        <translation>~/.profile 被遮蔽在这里没有影响</translation>
    </message>
    <message>
        <source>%1 hides ~/.profile from bash login shells, but your login shell is %2.</source>
        <translation>%1 会遮蔽 ~/.profile，使 bash 登录 shell 不再读取它，但你的登录 shell 是 %2。</translation>
    </message>
    <message>
        <source>~/.profile is skipped by bash login shells</source>
        <translation>bash 登录 shell 会跳过 ~/.profile</translation>
    </message>
    <message>
        <source>%1 exists, so bash login shells read it and never read ~/.profile (bash reads only the first of ~/.bash_profile, ~/.bash_login and ~/.profile). Installers often create ~/.bash_profile, and whatever ~/.profile sets is silently lost in login shells (SSH, the console, `bash -l`).</source>
        <translation>%1 存在，所以 bash 登录 shell 会读取它，而不会再读取 ~/.profile（在 ~/.bash_profile、~/.bash_login 和 ~/.profile 中，bash 只读取最先找到的那一个）。安装程序常常会创建 ~/.bash_profile，这样一来，~/.profile 中的所有设置在登录 shell（SSH、控制台、`bash -l`）里都会悄无声息地丢失。</translation>
    </message>
    <message>
        <source>~/.profile sets Go up, so those shells have no Go settings.</source>
        <translation>而 Go 正是在 ~/.profile 中配置的，所以这些 shell 里没有 Go 的设置。</translation>
    </message>
    <message>
        <source>exists and does not read ~/.profile</source>
        <translation>存在，且不会读取 ~/.profile</translation>
    </message>
    <message>
        <source>Add this line to %1: [ -f ~/.profile ] &amp;&amp; . ~/.profile</source>
        <translation>在 %1 中加入这一行：[ -f ~/.profile ] &amp;&amp; . ~/.profile</translation>
    </message>
</context>
<context>
    <name>SnapChecks</name>
    <message>
        <source>The Go snap is not the one that runs</source>
        <translation>运行的不是 snap 版 Go</translation>
    </message>
    <message>
        <source>Typing go runs %1.</source>
        <translation>输入 go 时运行的是 %1。</translation>
    </message>
    <message>
        <source>There is no `go` on PATH.</source>
        <translation>PATH 中没有 `go`。</translation>
    </message>
    <message>
        <source>Go comes from the snap</source>
        <translation>Go 来自 snap</translation>
    </message>
    <message>
        <source>Typing go runs the Go snap (%1%2). Snaps refresh by themselves, so the Go version can change under you between two builds; pin a channel (1.N/stable) if a project needs a fixed release.</source>
        <translation>输入 go 时运行的是 snap 版 Go（%1%2）。snap 会自动更新，所以两次构建之间 Go 的版本可能在你不知情时就变了；如果项目需要固定的版本，请锁定一个通道（1.N/stable）。</translation>
    </message>
    <message>
        <source>Nothing to fix. To stay on one release line: sudo snap refresh go --channel=1.N/stable</source>
        <translation>无需修复。如果想固定在某个版本系列上：sudo snap refresh go --channel=1.N/stable</translation>
    </message>
    <message>
        <source>No Go snap</source>
        <translation>没有 snap 版 Go</translation>
    </message>
    <message>
        <source>The Go snap is not installed.</source>
        <translation>未安装 snap 版 Go。</translation>
    </message>
    <message>
        <source>Only the Go snap</source>
        <translation>只有 snap 版 Go</translation>
    </message>
    <message>
        <source>The Go snap is the only Go installation.</source>
        <translation>snap 版 Go 是唯一的 Go 安装。</translation>
    </message>
    <message>
        <source>The Go snap and another Go are both installed</source>
        <translation>同时装了 snap 版 Go 和另一个 Go</translation>
    </message>
    <message>
        <source>The Go snap (%1) is installed next to %2. Which one runs depends on the order of /snap/bin and the other folder in PATH — and /snap/bin usually comes last, so the snap loses — and on the shell&apos;s command cache (`hash -r` forgets it). Tools and editors may pick a different one than your terminal.</source>
        <translation>snap 版 Go（%1）与 %2 同时安装着。运行哪一个，取决于 /snap/bin 和另一个目录在 PATH 中的先后顺序——而 /snap/bin 通常排在最后，所以 snap 版会落选——也取决于 shell 的命令缓存（`hash -r` 可以清除它）。工具和编辑器选中的 Go 可能和你终端里的不一样。</translation>
    </message>
    <message>
        <source>Keep one: either remove the snap (sudo snap remove go) or remove the other Go (%1).</source>
        <translation>只保留一个：要么删除 snap 版（sudo snap remove go），要么删除另一个 Go（%1）。</translation>
    </message>
    <message>
        <source>No snaps</source>
        <translation>没有 snap</translation>
    </message>
    <message>
        <source>/snap/bin holds no programs.</source>
        <translation>/snap/bin 中没有任何程序。</translation>
    </message>
    <message>
        <source>/snap/bin is on PATH</source>
        <translation>/snap/bin 已在 PATH 中</translation>
    </message>
    <message>
        <source>Programs from snaps are found.</source>
        <translation>能找到通过 snap 安装的程序。</translation>
    </message>
    <message>
        <source>Snaps are installed but /snap/bin is not on PATH</source>
        <translation>装了 snap，但 /snap/bin 不在 PATH 中</translation>
    </message>
    <message>
        <source>Snaps are installed (%1), but /snap/bin is not on PATH, so typing their names gives &quot;command not found&quot;.</source>
        <translation>已经安装了 snap（%1），但 /snap/bin 不在 PATH 中，所以输入它们的名字会报 &quot;command not found&quot;（找不到命令）。</translation>
    </message>
    <message>
        <source>/etc/environment gives every session /snap/bin, so a start-up file must have replaced PATH instead of adding to it.</source>
        <translation>/etc/environment 会给每个会话的 PATH 加上 /snap/bin，所以一定是某个启动文件直接覆盖了 PATH，而不是在原有基础上追加。</translation>
    </message>
    <message>
        <source>On Debian only /etc/profile.d/apps-bin-path.sh adds /snap/bin, and zsh and shells that are not login shells do not read it.</source>
        <translation>在 Debian 上，只有 /etc/profile.d/apps-bin-path.sh 会添加 /snap/bin，而 zsh 和非登录 shell 都不会读取它。</translation>
    </message>
    <message>
        <source>Add /snap/bin to PATH in your start-up file: export PATH=&quot;$PATH:/snap/bin&quot;.</source>
        <translation>在启动文件中把 /snap/bin 加入 PATH：export PATH=&quot;$PATH:/snap/bin&quot;。</translation>
    </message>
    <message>
        <source>Change the line that replaces PATH so it keeps what was there (PATH=&quot;...:$PATH&quot;), or add /snap/bin to it.</source>
        <translation>修改覆盖 PATH 的那一行，让它保留原有的内容（PATH=&quot;...:$PATH&quot;），或者在其中加上 /snap/bin。</translation>
    </message>
</context>
<context>
    <name>SnapshotArchive</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>%1: refused the entry &quot;%2&quot;: %3</source>
        <translation>%1：拒绝了条目“%2”：%3</translation>
    </message>
    <message>
        <source>%1: cannot unpack &quot;%2&quot;: %3</source>
        <translation>%1：无法解包“%2”：%3</translation>
    </message>
    <message>
        <source>its path is empty</source>
        <translation>其路径为空</translation>
    </message>
    <message>
        <source>its path is absolute, and every entry must stay inside the snapshot</source>
        <translation>其路径是绝对路径，而每个条目都必须位于快照之内</translation>
    </message>
    <message>
        <source>its path climbs out with &quot;..&quot;, and every entry must stay inside the snapshot</source>
        <translation>其路径用 &quot;..&quot; 跳出了快照，而每个条目都必须位于快照之内</translation>
    </message>
    <message>
        <source>its path is longer than %1 bytes</source>
        <translation>其路径长度超过 %1 字节</translation>
    </message>
    <message>
        <source>a name in its path is longer than %1 bytes</source>
        <translation>其路径中有一个名称长度超过 %1 字节</translation>
    </message>
    <message>
        <source>its path is more than %1 folders deep</source>
        <translation>其路径的目录层级超过 %1 层</translation>
    </message>
    <message>
        <source>it is a hard link with no target</source>
        <translation>它是一个没有目标的硬链接</translation>
    </message>
    <message>
        <source>it is a hard link to &quot;%1&quot;, an absolute path outside the snapshot</source>
        <translation>它是指向“%1”的硬链接，该绝对路径位于快照之外</translation>
    </message>
    <message>
        <source>it is a hard link to &quot;%1&quot;, which climbs out with &quot;..&quot;</source>
        <translation>它是指向“%1”的硬链接，该路径用 &quot;..&quot; 跳出了快照</translation>
    </message>
    <message>
        <source>it is a hard link whose target is longer than %1 bytes</source>
        <translation>它是一个硬链接，其目标长度超过 %1 字节</translation>
    </message>
    <message>
        <source>it is a hard link whose target has a name longer than %1 bytes</source>
        <translation>它是一个硬链接，其目标中有一个名称长度超过 %1 字节</translation>
    </message>
    <message>
        <source>it is a hard link whose target is more than %1 folders deep</source>
        <translation>它是一个硬链接，其目标的目录层级超过 %1 层</translation>
    </message>
    <message>
        <source>%1: not a .tar.gz snapshot: the gzip data cannot be read as a tar archive (%2)</source>
        <translation>%1：不是 .tar.gz 快照：gzip 数据无法作为 tar 归档读取（%2）</translation>
    </message>
    <message>
        <source>%1: the archive is damaged or truncated after &quot;%2&quot;: %3</source>
        <translation>%1：归档在“%2”之后已损坏或被截断：%3</translation>
    </message>
    <message>
        <source>%1: not a .tar.gz snapshot: the file is not gzip-compressed</source>
        <translation>%1：不是 .tar.gz 快照：该文件不是 gzip 压缩格式</translation>
    </message>
    <message>
        <source>%1: refused an entry after &quot;%2&quot;: its name cannot be read</source>
        <translation>%1：拒绝了“%2”之后的一个条目：无法读取其名称</translation>
    </message>
    <message>
        <source>%1: the archive is empty</source>
        <translation>%1：归档为空</translation>
    </message>
    <message>
        <source>%1: refused: the archive holds more than %2 entries (files, folders and links); stopped at &quot;%3&quot;</source>
        <translation>%1：已拒绝：归档包含超过 %2 个条目（文件、目录和链接）；在“%3”处停止</translation>
    </message>
    <message>
        <source>it is a character device, and devices are refused</source>
        <translation>它是字符设备文件，而设备文件会被拒绝</translation>
    </message>
    <message>
        <source>it is a block device, and devices are refused</source>
        <translation>它是块设备文件，而设备文件会被拒绝</translation>
    </message>
    <message>
        <source>it is a fifo, and fifos are refused</source>
        <translation>它是 FIFO（命名管道），而 FIFO 会被拒绝</translation>
    </message>
    <message>
        <source>it is a socket, and sockets are refused</source>
        <translation>它是套接字，而套接字会被拒绝</translation>
    </message>
    <message>
        <source>it is of an unknown type</source>
        <translation>它的类型未知</translation>
    </message>
    <message>
        <source>it names the top folder of the archive itself</source>
        <translation>它指向的是归档本身的顶层目录</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not unpacked before it</source>
        <translation>在它之前没有解包“%1”</translation>
    </message>
    <message>
        <source>its path goes through the link &quot;%1&quot;, and nothing is written through a link</source>
        <translation>其路径经过链接“%1”，而任何内容都不会通过链接写入</translation>
    </message>
    <message>
        <source>its path goes through the link &quot;%1&quot;</source>
        <translation>其路径经过链接“%1”</translation>
    </message>
    <message>
        <source>its path goes through &quot;%1&quot;, which is not a folder</source>
        <translation>其路径经过“%1”，而它不是目录</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder</source>
        <translation>“%1”不是目录</translation>
    </message>
    <message>
        <source>it would be written through the link of the same name unpacked before it, and nothing is written through a link</source>
        <translation>它会通过之前解包的同名链接写入，而任何内容都不会通过链接写入</translation>
    </message>
    <message>
        <source>it appears twice in the archive</source>
        <translation>它在归档中出现了两次</translation>
    </message>
    <message>
        <source>it is %1, more than the %2 a single file may be</source>
        <translation>它的大小为 %1，超过了单个文件允许的 %2</translation>
    </message>
    <message>
        <source>%1: the archive is damaged or truncated in &quot;%2&quot;: %3</source>
        <translation>%1：归档在“%2”中已损坏或被截断：%3</translation>
    </message>
    <message>
        <source>it holds more than the %1 a single file may be</source>
        <translation>它的内容超过了单个文件允许的 %1</translation>
    </message>
    <message>
        <source>%1: refused: the archive unpacks to more than %2; stopped in &quot;%3&quot;</source>
        <translation>%1：已拒绝：归档解包后超过 %2；在“%3”中停止</translation>
    </message>
    <message>
        <source>it is a link with no target</source>
        <translation>它是一个没有目标的链接</translation>
    </message>
    <message>
        <source>it is a link whose target is longer than %1 bytes</source>
        <translation>它是一个链接，其目标长度超过 %1 字节</translation>
    </message>
    <message>
        <source>it is a hard link to &quot;%1&quot;, which is not a file unpacked before it</source>
        <translation>它是指向“%1”的硬链接，而“%1”不是在它之前解包的文件</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>%1: the file is empty, not a .tar.gz snapshot</source>
        <translation>%1：文件为空，不是 .tar.gz 快照</translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1: %2</source>
        <translation>无法在 %1 中创建临时目录：%2</translation>
    </message>
    <message>
        <source>cannot use the temporary folder %1: %2</source>
        <translation>无法使用临时目录 %1：%2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>%1: not a snapshot archive: it holds neither snapshot.json at its top nor one folder with snapshot.json in it</source>
        <translation>%1：不是快照归档：其顶层既没有 snapshot.json，也没有一个包含 snapshot.json 的目录</translation>
    </message>
</context>
<context>
    <name>SnapshotCapture</name>
    <message>
        <source>%1: a snapshot is written as a .tar.gz (or .tgz) file.</source>
        <translation>%1：快照只能写成 .tar.gz（或 .tgz）文件。</translation>
    </message>
    <message>
        <source>%1: the snapshot would hold %2 entries and %3 bytes, more than a snapshot may (%4 entries, %5 bytes).</source>
        <translation>%1：这个快照将包含 %2 个条目、%3 字节，超出了快照允许的上限（%4 个条目、%5 字节）。</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot write the snapshot: %2</source>
        <translation>%1：无法写入快照：%2</translation>
    </message>
</context>
<context>
    <name>SnapshotSystem</name>
    <message>
        <source>%1: not a snapshot folder (no such folder)</source>
        <translation>%1：不是快照目录（该目录不存在）</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1：找不到文件</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>%1: too large to be a snapshot (%2 bytes)</source>
        <translation>%1：文件太大，不可能是快照（%2 字节）</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1：文件为空</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2 at offset %3</source>
        <translation>%1：不是有效的 JSON（偏移量 %3 处：%2）</translation>
    </message>
    <message>
        <source>%1: not valid: the top level must be a JSON object</source>
        <translation>%1：格式无效：顶层必须是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: unknown format &quot;%2&quot; (expected &quot;go-env-doctor-snapshot&quot;)</source>
        <translation>%1：未知格式 &quot;%2&quot;（应为 &quot;go-env-doctor-snapshot&quot;）</translation>
    </message>
    <message>
        <source>%1: unsupported version %2 (this program reads version 1)</source>
        <translation>%1：不支持的版本 %2（本程序只能读取版本 1）</translation>
    </message>
    <message>
        <source>%1: the snapshot has no root/ folder beside snapshot.json</source>
        <translation>%1：快照中 snapshot.json 旁边没有 root/ 目录</translation>
    </message>
    <message>
        <source>not captured in this snapshot</source>
        <translation>此快照中未采集</translation>
    </message>
    <message>
        <source>%1: not a snapshot: a snapshot is a folder, or a .tar.gz (.tgz) of one</source>
        <translation>%1：不是快照：快照应是一个目录，或该目录的 .tar.gz（.tgz）</translation>
    </message>
</context>
<context>
    <name>SystemView</name>
    <message>
        <source>not captured in this snapshot</source>
        <translation>此快照中未采集</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>（无输出）</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>dangling link (its target does not exist)</source>
        <translation>失效的符号链接（目标不存在）</translation>
    </message>
    <message>
        <source>too many levels of symbolic links (a link loop)</source>
        <translation>符号链接层级过多（链接形成了环）</translation>
    </message>
    <message>
        <source>a component of the path is not a folder</source>
        <translation>路径中的某一级不是目录</translation>
    </message>
</context>
<context>
    <name>SystemdChecks</name>
    <message>
        <source>To limit your session, give your user slice a drop-in and reload systemd:
sudo mkdir -p %1
printf &apos;%s\n&apos; &apos;[Slice]&apos; &apos;%2&apos; | sudo tee %1/50-limits.conf
sudo systemctl daemon-reload
(user-.slice.d/ instead of user-%3.slice.d/ sets it for every user.)</source>
        <translation>要限制你的会话，请给你的用户 slice 添加一个 drop-in 配置片段，然后重新加载 systemd：
sudo mkdir -p %1
printf &apos;%s\n&apos; &apos;[Slice]&apos; &apos;%2&apos; | sudo tee %1/50-limits.conf
sudo systemctl daemon-reload
（用 user-.slice.d/ 代替 user-%3.slice.d/，即可对所有用户生效。）</translation>
    </message>
    <message>
        <source>Remove line %1 from %2 (sudo editor %2): systemd ignores it, and it misleads the next reader.</source>
        <translation>从 %2 中删除第 %1 行（sudo editor %2）：systemd 会忽略它，而且它会误导下一个阅读这个文件的人。</translation>
    </message>
    <message>
        <source>%1= does not exist</source>
        <translation>不存在 %1= 这个配置项</translation>
    </message>
    <message>
        <source>%1 sets %2, but systemd has no such key: the resource limits it knows are DefaultLimitCPU, FSIZE, DATA, STACK, CORE, RSS, NOFILE, AS, NPROC, MEMLOCK, LOCKS, SIGPENDING, MSGQUEUE, NICE, RTPRIO and RTTIME, and none of them limits a session&apos;s memory. systemd logs a warning and ignores the line, so nothing is limited.</source>
        <translation>%1 设置了 %2，但 systemd 没有这个配置项：它认识的资源限制只有 DefaultLimitCPU、FSIZE、DATA、STACK、CORE、RSS、NOFILE、AS、NPROC、MEMLOCK、LOCKS、SIGPENDING、MSGQUEUE、NICE、RTPRIO 和 RTTIME，而且其中没有一个能限制会话的内存。systemd 会记录一条警告并忽略这一行，所以实际上什么都没有限制。</translation>
    </message>
    <message>
        <source>Keys are case-sensitive: %1= is the one that exists.</source>
        <translation>配置项区分大小写：真正存在的是 %1=。</translation>
    </message>
    <message>
        <source>%1= is not a [Manager] setting</source>
        <translation>%1= 不是 [Manager] 小节的设置项</translation>
    </message>
    <message>
        <source>%1 sets %2 in %3, which systemd only reads for its [Manager] section; this key is not one of them, so systemd ignores the line.</source>
        <translation>%1 在 %3 中设置了 %2，而 systemd 只从这个文件中读取 [Manager] 小节的设置；这个配置项不在其中，所以 systemd 会忽略这一行。</translation>
    </message>
    <message>
        <source>%1= is not read from %2</source>
        <translation>systemd 不会从 %2 中读取 %1=</translation>
    </message>
    <message>
        <source>%1 sets %2, but system.conf and user.conf only read [Manager], and [Manager] has no memory or CPU limits (only DefaultTasksMax= and the DefaultLimit*= rlimits). systemd ignores the line. Memory and CPU limits belong to a slice: MemoryMax=, MemoryHigh=, CPUQuota=, TasksMax=.</source>
        <translation>%1 设置了 %2，但 system.conf 和 user.conf 只读取 [Manager] 小节，而 [Manager] 中没有内存或 CPU 限制（只有 DefaultTasksMax= 和 DefaultLimit*= 这类 rlimit）。systemd 会忽略这一行。内存和 CPU 限制应该设置在 slice 上：MemoryMax=、MemoryHigh=、CPUQuota=、TasksMax=。</translation>
    </message>
    <message>
        <source>%1 is not a CPU share</source>
        <translation>%1 不是 CPU 占用比例</translation>
    </message>
    <message>
        <source>%1 sets %2. %3= is RLIMIT_CPU: the CPU time in seconds one process may use before the kernel stops it. It takes a time span (&quot;infinity&quot;, &quot;3600&quot;, &quot;1h&quot;); &quot;%4&quot; does not parse, so systemd ignores the line. To cap the share of the CPU your session gets, use CPUQuota= on your slice (CPUQuota=200% is two full cores).</source>
        <translation>%1 设置了 %2。%3= 对应的是 RLIMIT_CPU：单个进程在被内核终止之前最多可以使用的 CPU 时间（以秒计）。它的值是一个时间长度（&quot;infinity&quot;、&quot;3600&quot;、&quot;1h&quot;）；&quot;%4&quot; 无法解析，所以 systemd 会忽略这一行。要限制你的会话能占用的 CPU 比例，请在你的 slice 上使用 CPUQuota=（CPUQuota=200% 表示两个完整的核）。</translation>
    </message>
    <message>
        <source>%1 limits CPU seconds, not CPU share</source>
        <translation>%1 限制的是 CPU 秒数，不是 CPU 占用比例</translation>
    </message>
    <message>
        <source>%1 sets %2: every process this manager starts may use %3 of CPU time (RLIMIT_CPU counts seconds, it is not a percentage) and is then stopped by the kernel with SIGXCPU. A long compile or test run hits that. To cap the share of the CPU, use CPUQuota= on your slice.</source>
        <translation>%1 设置了 %2：这个管理器启动的每个进程最多只能使用 %3 的 CPU 时间（RLIMIT_CPU 计算的是秒数，而不是百分比），之后就会被内核用 SIGXCPU 终止。耗时较长的编译或测试就会碰到这个限制。要限制 CPU 占用比例，请在你的 slice 上使用 CPUQuota=。</translation>
    </message>
    <message>
        <source>%1= is a cgroup v1 setting</source>
        <translation>%1= 是 cgroup v1 的设置项</translation>
    </message>
    <message>
        <source>%1 sets %2. %3= belongs to the legacy cgroup v1 hierarchy and is deprecated since systemd 252; current systemd ignores it with a warning (older releases applied MemoryLimit= on cgroup v2 only when no MemoryMax=/MemoryHigh= was set). The cgroup v2 setting is %4=.</source>
        <translation>%1 设置了 %2。%3= 属于旧的 cgroup v1 层级，从 systemd 252 起已被弃用；当前的 systemd 会给出警告并忽略它（较旧的版本在 cgroup v2 上只有在没有设置 MemoryMax=/MemoryHigh= 时才会应用 MemoryLimit=）。对应的 cgroup v2 设置项是 %4=。</translation>
    </message>
    <message>
        <source>Replace %1= by %2= in %3 line %4, then run sudo systemctl daemon-reload.</source>
        <translation>把 %3 第 %4 行中的 %1= 改为 %2=，然后运行 sudo systemctl daemon-reload。</translation>
    </message>
    <message>
        <source>CPUQuota= needs a percentage</source>
        <translation>CPUQuota= 需要百分比</translation>
    </message>
    <message>
        <source>%1 sets %2. CPUQuota= takes a percentage of one CPU, with the % sign (CPUQuota=200% is two full cores); without it systemd rejects the value and ignores the line.</source>
        <translation>%1 设置了 %2。CPUQuota= 的值是相对于单个 CPU 的百分比，必须带 % 号（CPUQuota=200% 表示两个完整的核）；不带 % 号时，systemd 会拒绝这个值并忽略这一行。</translation>
    </message>
    <message>
        <source>Write the quota as a percentage (for two cores: CPUQuota=200%) in %1 line %2, then run sudo systemctl daemon-reload.</source>
        <translation>在 %1 第 %2 行把配额写成百分比（两个核就是 CPUQuota=200%），然后运行 sudo systemctl daemon-reload。</translation>
    </message>
    <message>
        <source>%1= is not a slice setting</source>
        <translation>%1= 不是 slice 的设置项</translation>
    </message>
    <message>
        <source>%1 sets %2 in [Slice] of %3, but slices have no such key; systemd ignores the line. Slice limits are MemoryMax=, MemoryHigh=, CPUQuota= and TasksMax=.</source>
        <translation>%1 在 %3 的 [Slice] 小节中设置了 %2，但 slice 没有这个配置项；systemd 会忽略这一行。slice 的限制项是 MemoryMax=、MemoryHigh=、CPUQuota= 和 TasksMax=。</translation>
    </message>
    <message>
        <source>%1= is in the wrong section</source>
        <translation>%1= 写错了小节</translation>
    </message>
    <message>
        <source>%1 sets %2 in [%3] of %4. This setting is only read in [%5]; in [%3] systemd ignores it.</source>
        <translation>%1 在 %4 的 [%3] 小节中设置了 %2。这个设置项只在 [%5] 小节中才会被读取；写在 [%3] 中会被 systemd 忽略。</translation>
    </message>
    <message>
        <source>Move the line under a [%1] header in %2, then run sudo systemctl daemon-reload.</source>
        <translation>在 %2 中把这一行移到 [%1] 小节标题下面，然后运行 sudo systemctl daemon-reload。</translation>
    </message>
    <message>
        <source>A setting before any section header</source>
        <translation>有设置项写在了所有小节标题之前</translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot; before any [Section] header. systemd ignores assignments outside a section, so this line does nothing. In this file it belongs under [%3].</source>
        <translation>%1 在任何 [Section] 小节标题之前就出现了 &quot;%2&quot;。systemd 会忽略小节之外的赋值，所以这一行不起任何作用。在这个文件中，它应该放在 [%3] 下面。</translation>
    </message>
    <message>
        <source>Add a line [%1] above line %2 of %3.</source>
        <translation>在 %3 第 %2 行的上方加一行 [%1]。</translation>
    </message>
    <message>
        <source>A line systemd cannot read</source>
        <translation>systemd 无法识别的行</translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot;, which is neither a [Section] header, a comment nor Key=Value; systemd ignores it.</source>
        <translation>%1 中有 &quot;%2&quot;，它既不是 [Section] 小节标题，也不是注释，也不是 Key=Value；systemd 会忽略它。</translation>
    </message>
    <message>
        <source>Write it as Key=Value, or turn it into a comment with # at the start of the line.</source>
        <translation>把它写成 Key=Value 的形式，或者在行首加 # 把它变成注释。</translation>
    </message>
    <message>
        <source>A broken section header</source>
        <translation>损坏的小节标题</translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot;: a section header needs the closing ]. systemd rejects it and ignores the settings that follow, up to the next valid header.</source>
        <translation>%1 中有 &quot;%2&quot;：小节标题需要以 ] 结尾。systemd 会拒绝它，并忽略其后直到下一个有效小节标题之间的所有设置。</translation>
    </message>
    <message>
        <source>Write the header as [%1].</source>
        <translation>把小节标题写成 [%1]。</translation>
    </message>
    <message>
        <source>Not a text file</source>
        <translation>不是文本文件</translation>
    </message>
    <message>
        <source>%1 is read by systemd as configuration but holds binary data or a line longer than 1 MiB; systemd stops reading it there.</source>
        <translation>systemd 会把 %1 当作配置文件读取，但其中含有二进制数据或长度超过 1 MiB 的行；systemd 读到那里就会停止读取。</translation>
    </message>
    <message>
        <source>Remove %1 or replace it with a text file.</source>
        <translation>删除 %1，或者用一个文本文件替换它。</translation>
    </message>
    <message>
        <source>No systemd limit settings</source>
        <translation>没有 systemd 限制设置</translation>
    </message>
    <message>
        <source>No drop-in for your slice or user manager and no user.conf/system.conf settings were found.</source>
        <translation>没有找到针对你的 slice 或用户级管理器的 drop-in 配置片段，也没有找到 user.conf/system.conf 中的设置。</translation>
    </message>
    <message>
        <source>systemd is not the init here, and no systemd files for your session were found.</source>
        <translation>这里的 init 不是 systemd，也没有找到与你的会话相关的 systemd 文件。</translation>
    </message>
    <message>
        <source>systemd settings are valid</source>
        <translation>systemd 设置有效</translation>
    </message>
    <message numerus="yes">
        <source>Every setting in the %n systemd file(s) read for your session is a key systemd knows, in the right section, with a value it accepts.</source>
        <translation>
            <numerusform>为你的会话读取的 %n 个 systemd 文件中，每个设置项都是 systemd 认识的配置项，位于正确的小节中，取值也能被 systemd 接受。</numerusform>
        </translation>
    </message>
    <message>
        <source>Limits set: %1.</source>
        <translation>已设置的限制：%1。</translation>
    </message>
    <message>
        <source>%1 delegates: %2.</source>
        <translation>%1 的委派（Delegate=）：%2。</translation>
    </message>
</context>
<context>
    <name>TerminalCommand</name>
    <message>
        <source>Press Enter to close this window.</source>
        <translation>按回车键关闭此窗口。</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>Go toolchain</source>
        <translation>Go 工具链</translation>
    </message>
    <message>
        <source>GOROOT and GOPATH</source>
        <translation>GOROOT 与 GOPATH</translation>
    </message>
    <message>
        <source>Go settings</source>
        <translation>Go 设置</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH 环境变量</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Go Env Doctor — %1 (%2, %3)</source>
        <translation>Go Env Doctor — %1（%2，%3）</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Caused by: %1</source>
        <translation>起因：%1</translation>
    </message>
    <message>
        <source>The scan was cancelled; the results are incomplete.</source>
        <translation>扫描已取消，结果不完整。</translation>
    </message>
    <message>
        <source>Shell start-up files</source>
        <translation>Shell 启动文件</translation>
    </message>
    <message>
        <source>Snap</source>
        <translation>Snap</translation>
    </message>
    <message>
        <source>all passed: %1</source>
        <translation>全部通过：%1 项</translation>
    </message>
    <message>
        <source>passed: %1 more</source>
        <translation>另有 %1 项通过</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3 · Passed: %4 · Skipped: %5</source>
        <translation>错误：%1 · 警告：%2 · 提示：%3 · 通过：%4 · 跳过：%5</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>This snapshot cannot be read: %1</source>
        <translation>无法读取这个快照：%1</translation>
    </message>
    <message>
        <source>Open a snapshot folder</source>
        <translation>打开快照目录</translation>
    </message>
    <message>
        <source>Find out why Go does not work</source>
        <translation>找出 Go 无法正常工作的原因</translation>
    </message>
    <message>
        <source>Go Env Doctor looks at how Go is set up and explains what is wrong, why, and how to fix it.</source>
        <translation>Go Env Doctor 会检查 Go 的配置情况，告诉你哪里出了问题、为什么会这样，以及如何修复。</translation>
    </message>
    <message>
        <source>Go is installed, but something does not work?</source>
        <translation>Go 已经装好了，却还是有地方不对劲？</translation>
    </message>
    <message>
        <source>The doctor examines how Go is set up — which go runs, where it comes from, GOROOT, GOPATH, PATH and the go env file — and explains each problem in plain words, with the evidence and the fix.</source>
        <translation>它会检查 Go 的配置情况——实际运行的是哪个 go、它从哪里来，以及 GOROOT、GOPATH、PATH 和 go env 配置文件——并用通俗的话解释每一个问题，同时给出依据和修复方法。</translation>
    </message>
    <message>
        <source>What to examine</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <source>&amp;This computer</source>
        <translation>本机(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>What the scan reads</source>
        <translation>扫描会读取哪些内容</translation>
    </message>
    <message>
        <source>&lt;ul style=&quot;margin-left: -20px&quot;&gt;&lt;li&gt;PATH and the GO* variables of the environment&lt;/li&gt;&lt;li&gt;every &lt;code&gt;go&lt;/code&gt; on PATH, and each link leading to it&lt;/li&gt;&lt;li&gt;the Go installations it finds, and their VERSION files&lt;/li&gt;&lt;li&gt;the go env file (what &lt;code&gt;go env -w&lt;/code&gt; wrote)&lt;/li&gt;&lt;li&gt;the output of &lt;code&gt;go env -json&lt;/code&gt; and &lt;code&gt;go version&lt;/code&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul style=&quot;margin-left: -20px&quot;&gt;&lt;li&gt;PATH 以及环境中的 GO* 变量&lt;/li&gt;&lt;li&gt;PATH 中的每一个 &lt;code&gt;go&lt;/code&gt;，以及通向它的每一个链接&lt;/li&gt;&lt;li&gt;找到的各个 Go 安装及其 VERSION 文件&lt;/li&gt;&lt;li&gt;go env 配置文件（即 &lt;code&gt;go env -w&lt;/code&gt; 写入的内容）&lt;/li&gt;&lt;li&gt;&lt;code&gt;go env -json&lt;/code&gt; 和 &lt;code&gt;go version&lt;/code&gt; 的输出&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Nothing is changed on this computer, and nothing is sent anywhere.</source>
        <translation>不会改动这台电脑上的任何内容，也不会向任何地方发送数据。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Open a snapshot archive</source>
        <translation>打开快照归档</translation>
    </message>
    <message>
        <source>Snapshot archives (*.tar.gz *.tgz);;All files (*)</source>
        <translation>快照归档 (*.tar.gz *.tgz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A &amp;snapshot captured on another machine (a folder or a .tar.gz):</source>
        <translation>在其他机器上采集的快照(&amp;S)（目录或 .tar.gz）：</translation>
    </message>
    <message>
        <source>Folder with snapshot.json and root/, or a .tar.gz of it</source>
        <translation>包含 snapshot.json 和 root/ 的目录，或该目录的 .tar.gz</translation>
    </message>
    <message>
        <source>Snapshot folder or archive</source>
        <translation>快照目录或归档</translation>
    </message>
    <message>
        <source>Snapshot &amp;folder…</source>
        <translation>快照目录(&amp;F)…</translation>
    </message>
    <message>
        <source>Snapshot &amp;archive (.tar.gz)…</source>
        <translation>快照归档(&amp;A) (.tar.gz)…</translation>
    </message>
    <message>
        <source>Someone else is helping you? Capture this computer as a snapshot file and send it to them. You see everything it holds before it is saved.</source>
        <translation>有人在帮你排查问题？把本机采集成一个快照文件发给对方。保存之前，你能看到其中的全部内容。</translation>
    </message>
    <message>
        <source>&amp;Capture this computer…</source>
        <translation>采集本机快照(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>WhatIfLauncher</name>
    <message>
        <source>the user manager has not been given the memory and cpu controllers (%1)</source>
        <translation>用户级 systemd 管理器没有获得 memory 和 cpu 控制器（%1）</translation>
    </message>
    <message>
        <source>no systemd user manager is reachable (XDG_RUNTIME_DIR/systemd/private)</source>
        <translation>无法连接到用户级 systemd 管理器（XDG_RUNTIME_DIR/systemd/private）</translation>
    </message>
    <message>
        <source>this process&apos;s memory cgroup (%1) cannot be written</source>
        <translation>本进程所在的 memory cgroup（%1）不可写</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>no writable cgroup with the memory controller enabled for its children (%1)</source>
        <translation>没有既可写、又已为子 cgroup 启用 memory 控制器的 cgroup（%1）</translation>
    </message>
    <message>
        <source>no cgroup file system is mounted</source>
        <translation>没有挂载 cgroup 文件系统</translation>
    </message>
    <message>
        <source>Cannot run under chosen limits here: %1.</source>
        <translation>此处无法在所选的限制下运行：%1。</translation>
    </message>
    <message>
        <source>child cgroup</source>
        <translation>子 cgroup</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No command to run.</source>
        <translation>没有要运行的命令。</translation>
    </message>
    <message>
        <source>A CPU limit cannot be set here: the cpu controller&apos;s cgroup cannot be written.</source>
        <translation>此处无法设置 CPU 限制：cpu 控制器所在的 cgroup 不可写。</translation>
    </message>
    <message>
        <source>Could not prepare the what-if cgroup: %1</source>
        <translation>无法准备模拟运行所用的 cgroup：%1</translation>
    </message>
    <message>
        <source>memory.use_hierarchy is not 1 in %1, so a child cgroup would not be held to its limits</source>
        <translation>%1 中的 memory.use_hierarchy 不是 1，子 cgroup 不会受它的上限约束</translation>
    </message>
    <message>
        <source>this process&apos;s cgroup (%1) cannot be written or does not hand the memory controller down</source>
        <translation>本进程的 cgroup（%1）不可写，或没有把 memory 控制器下放给子 cgroup</translation>
    </message>
    <message>
        <source>The build cannot have a cgroup of its own here: %1.</source>
        <translation>这里无法为构建创建单独的 cgroup：%1。</translation>
    </message>
</context>
</TS>
