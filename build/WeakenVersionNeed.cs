// The MSBuild task of Directory.Build.targets (compiled there by RoslynCodeTaskFactory): marks one version
// requirement of an ELF shared library weak, in place of the output copy, when the system's libstdc++ lacks it.
//
// ELF64 little-endian layout read here (see the System V gABI and the LSB "Symbol Versioning" chapter):
//   header: e_shoff u64 @0x28, e_shentsize u16 @0x3A, e_shnum u16 @0x3C
//   section header: sh_type u32 @0x04, sh_offset u64 @0x18, sh_size u64 @0x20, sh_link u32 @0x28, sh_info u32 @0x2C
//   .gnu.version_r (sh_type SHT_GNU_verneed 0x6ffffffe, sh_link = its string table, sh_info = entry count):
//     Verneed { vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32, vn_next u32 }
//     Vernaux { vna_hash u32, vna_flags u16 @4, vna_other u16, vna_name u32 @8, vna_next u32 @12 }
using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class KdoWeakenVersionNeed : Task
{
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlgWeak = 0x2;

    // Where Debian, Ubuntu, Fedora and Arch keep the libstdc++ the loader finds first.
    private static readonly string[] LibstdcxxPaths =
    [
        "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/usr/lib/aarch64-linux-gnu/libstdc++.so.6", "/usr/lib64/libstdc++.so.6", "/usr/lib/libstdc++.so.6",
    ];

    [Required] public ITaskItem[] Files { get; set; } = [];

    [Required] public string Version { get; set; } = "";

    public override bool Execute()
    {
        var system = Array.Find(LibstdcxxPaths, File.Exists);
        if (system is null)
        {
            Log.LogMessage(MessageImportance.Low, $"no system libstdc++ found; {Version} left as it is");
            return true;
        }
        if (Contains(File.ReadAllBytes(system), Encoding.ASCII.GetBytes(Version + "\0")))
        {
            Log.LogMessage(MessageImportance.Low, $"{system} defines {Version}; nothing to weaken");
            return true;
        }
        foreach (var item in Files)
        {
            var path = item.ItemSpec;
            if (!File.Exists(path))
                continue;
            try
            {
                Weaken(path);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                Log.LogError($"{path}: cannot mark {Version} weak: {e.Message}");
            }
        }
        return !Log.HasLoggedErrors;
    }

    private void Weaken(string path)
    {
        var elf = File.ReadAllBytes(path);
        if (elf.Length < 0x40 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F' || elf[4] != 2 || elf[5] != 1)
            throw new InvalidDataException("not a 64-bit little-endian ELF file");
        var sectionTable = (long)U64(elf, 0x28);
        int entrySize = U16(elf, 0x3A), count = U16(elf, 0x3C);
        for (var s = 0; s < count; s++)
        {
            var header = sectionTable + (long)s * entrySize;
            if (U32(elf, header + 0x04) != ShtGnuVerneed)
                continue;
            var offset = (long)U64(elf, header + 0x18);
            var strings = (long)U64(elf, sectionTable + (long)U32(elf, header + 0x28) * entrySize + 0x18);
            var flags = FindVernauxFlags(elf, offset, (int)U32(elf, header + 0x2C), strings);
            if (flags < 0)
                break;
            if ((U16(elf, flags) & VerFlgWeak) != 0)
            {
                Log.LogMessage(MessageImportance.Low, $"{path}: {Version} already weak");
                return;
            }
            Replace(path, flags, (ushort)(U16(elf, flags) | VerFlgWeak));
            Log.LogMessage(MessageImportance.Normal, $"{path}: marked {Version} weak (the system's libstdc++ lacks it)");
            return;
        }
        Log.LogMessage(MessageImportance.Low, $"{path}: does not require {Version}");
    }

    // The file offset of vna_flags of the Vernaux naming Version, or -1.
    private long FindVernauxFlags(byte[] elf, long need, int needs, long strings)
    {
        for (var n = 0; n < needs; n++)
        {
            var aux = need + U32(elf, need + 8);
            for (var a = 0; a < U16(elf, need + 2); a++)
            {
                if (CString(elf, strings + U32(elf, aux + 8)) == Version)
                    return aux + 4;
                aux += U32(elf, aux + 12);
            }
            need += U32(elf, need + 12);
        }
        return -1;
    }

    // Writes a copy (File.Copy keeps the permissions) and renames it over the old path: a link into the NuGet cache
    // is replaced, never written through. RoslynCodeTaskFactory compiles against netstandard2.0, hence File.Replace.
    private static void Replace(string path, long offset, ushort value)
    {
        var temporary = path + ".weak.tmp";
        File.Copy(path, temporary, overwrite: true);
        using (var stream = new FileStream(temporary, FileMode.Open, FileAccess.Write))
        {
            stream.Position = offset;
            stream.Write([(byte)value, (byte)(value >> 8)], 0, 2);
        }
        File.Replace(temporary, path, null);
    }

    private static bool Contains(byte[] haystack, byte[] needle)
    {
        for (var i = Array.IndexOf(haystack, needle[0]); i >= 0 && i <= haystack.Length - needle.Length; i = Array.IndexOf(haystack, needle[0], i + 1))
        {
            var j = 1;
            while (j < needle.Length && haystack[i + j] == needle[j])
                j++;
            if (j == needle.Length)
                return true;
        }
        return false;
    }

    private static string CString(byte[] bytes, long offset)
    {
        var end = Array.IndexOf(bytes, (byte)0, (int)offset);
        return Encoding.ASCII.GetString(bytes, (int)offset, end - (int)offset);
    }

    private static ushort U16(byte[] b, long o) => BitConverter.ToUInt16(b, (int)o);

    private static uint U32(byte[] b, long o) => BitConverter.ToUInt32(b, (int)o);

    private static ulong U64(byte[] b, long o) => BitConverter.ToUInt64(b, (int)o);
}
