using System.Buffers.Binary;
using System.Text;
using Kdo.Training.Runs;

namespace Kdo.Training.Tests;

public class TensorBoardWriterTests
{
    [Fact]
    public void Crc32C_matches_the_standard_check_value()
    {
        Assert.Equal(0xE3069283u, TensorBoardWriter.Crc32C("123456789"u8));
    }

    [Fact]
    public void Records_are_framed_with_valid_checksums_and_hold_the_scalars()
    {
        var dir = Kdo.Tests.TestPaths.NewTempFolder();
        string path;
        using (var writer = new TensorBoardWriter(dir))
        {
            writer.Scalars(1, [new("loss/train", 0.75), new("f1/micro", 0.5)]);
            writer.Scalars(2, [new("loss/train", 0.25)]);
            path = writer.FilePath;
        }
        Assert.StartsWith("events.out.tfevents.", Path.GetFileName(path), StringComparison.Ordinal);

        var bytes = File.ReadAllBytes(path);
        var records = new List<byte[]>();
        for (var at = 0; at < bytes.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(at));
            Assert.Equal(TensorBoardWriter.MaskedCrc32C(bytes.AsSpan(at, 8)), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 8)));
            var data = bytes.AsSpan(at + 12, length);
            Assert.Equal(TensorBoardWriter.MaskedCrc32C(data), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 12 + length)));
            records.Add(data.ToArray());
            at += 16 + length;
        }
        Assert.Equal(3, records.Count);
        Assert.Contains("brain.Event:2", Encoding.UTF8.GetString(records[0]), StringComparison.Ordinal);
        // The float 0.75 follows its tag: field 2, wire type 5 (0x15).
        var second = records[1];
        Assert.Contains("loss/train", Encoding.UTF8.GetString(second), StringComparison.Ordinal);
        var tag = Encoding.UTF8.GetBytes("loss/train");
        var at075 = second.AsSpan().IndexOf(tag) + tag.Length;
        Assert.Equal(0x15, second[at075]);
        Assert.Equal(0.75f, BinaryPrimitives.ReadSingleLittleEndian(second.AsSpan(at075 + 1)));
    }
}
