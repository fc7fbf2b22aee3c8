#include "ElfProbe.h"

#include <QCoreApplication>

#include <gelf.h>
#include <libelf.h>

namespace {
struct MachineName {
    int machine;
    const char *name;
    const char *goarch;
};
// e_machine values from elf.h, named as `file` does, with the Go port that runs there.
constexpr MachineName kMachines[] = {
    {EM_X86_64, "x86-64", "amd64"},  {EM_AARCH64, "AArch64", "arm64"}, {EM_386, "Intel 80386", "386"},
    {EM_ARM, "ARM", "arm"},          {EM_RISCV, "RISC-V", "riscv64"},  {EM_PPC64, "PowerPC64", "ppc64le"},
    {EM_S390, "IBM S/390", "s390x"}, {EM_MIPS, "MIPS", "mips64le"},    {258 /* EM_LOONGARCH */, "LoongArch", "loong64"},
};
} // namespace

namespace ElfProbe {

ElfInfo parseHeader(const QByteArray &bytes)
{
    ElfInfo info;
    if (!bytes.startsWith("\x7f"
                          "ELF")) {
        info.error = QCoreApplication::translate("ElfProbe", "not an ELF file");
        return info;
    }
    if (elf_version(EV_CURRENT) == EV_NONE) {
        info.error = QCoreApplication::translate("ElfProbe", "libelf is out of date");
        return info;
    }
    // elf_memory wants a mutable buffer; give it a private copy.
    QByteArray copy = bytes;
    Elf *elf = elf_memory(copy.data(), size_t(copy.size()));
    if (!elf) {
        info.error = QString::fromUtf8(elf_errmsg(-1));
        return info;
    }
    GElf_Ehdr ehdr;
    if (elf_kind(elf) != ELF_K_ELF || !gelf_getehdr(elf, &ehdr)) {
        info.error = QCoreApplication::translate("ElfProbe", "truncated or damaged ELF header");
        elf_end(elf);
        return info;
    }
    info.parsed = true;
    info.machine = ehdr.e_machine;
    info.bits = gelf_getclass(elf) == ELFCLASS64 ? 64 : 32;
    info.machineName = QStringLiteral("e_machine %1").arg(info.machine);
    for (const MachineName &m : kMachines) {
        if (m.machine == info.machine) {
            info.machineName = QString::fromLatin1(m.name);
            info.goarch = QString::fromLatin1(m.goarch);
        }
    }
    if (info.machine == EM_MIPS && info.bits == 32)
        info.goarch = QStringLiteral("mipsle");
    elf_end(elf);
    return info;
}

QString goarchForMachine(const QString &m)
{
    if (m == QLatin1String("x86_64") || m == QLatin1String("amd64"))
        return QStringLiteral("amd64");
    if (m == QLatin1String("aarch64") || m == QLatin1String("arm64") || m == QLatin1String("aarch64_be"))
        return QStringLiteral("arm64");
    if (m == QLatin1String("i386") || m == QLatin1String("i486") || m == QLatin1String("i586") ||
        m == QLatin1String("i686"))
        return QStringLiteral("386");
    if (m.startsWith(QLatin1String("armv")) || m == QLatin1String("arm"))
        return QStringLiteral("arm");
    if (m == QLatin1String("riscv64"))
        return QStringLiteral("riscv64");
    if (m == QLatin1String("ppc64le"))
        return QStringLiteral("ppc64le");
    if (m == QLatin1String("s390x"))
        return QStringLiteral("s390x");
    if (m == QLatin1String("loongarch64"))
        return QStringLiteral("loong64");
    if (m == QLatin1String("mips64"))
        return QStringLiteral("mips64le");
    return {};
}

} // namespace ElfProbe
