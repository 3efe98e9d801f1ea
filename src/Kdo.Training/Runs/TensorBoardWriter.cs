using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Kdo.Training.Runs;

/// <summary>
/// Writes scalars as a TensorBoard event file, so that `tensorboard --logdir RUN` shows Kdo's curves.
/// Layout (TFRecord): for each record, u64 length, u32 masked CRC-32C of those 8 bytes, the data, u32 masked CRC-32C
/// of the data; all little-endian. Each record's data is a protobuf `Event`: wall_time (field 1, double),
/// step (field 2, int64), and either file_version (field 3, string; the first record) or summary (field 5) holding
/// `Summary.Value`s (field 1) of tag (field 1, string) and simple_value (field 2, float).
/// </summary>
public sealed class TensorBoardWriter : IDisposable
{
    private readonly FileStream _stream;

    /// <summary>Opens a new event file in <paramref name="folder"/> named as TensorBoard expects.</summary>
    public TensorBoardWriter(string folder)
    {
        Directory.CreateDirectory(folder);
        var now = DateTimeOffset.UtcNow;
        FilePath = System.IO.Path.Combine(folder, $"events.out.tfevents.{now.ToUnixTimeSeconds()}.{Environment.MachineName}.kdo");
        _stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read);
        WriteRecord(Event(now, 0, fileVersion: "brain.Event:2"));
    }

    /// <summary>The event file's path.</summary>
    public string FilePath { get; }

    /// <summary>Writes one scalar per tag at <paramref name="step"/> and flushes, so a crash loses nothing written.</summary>
    public void Scalars(long step, IEnumerable<KeyValuePair<string, double>> values)
    {
        var summary = new ProtoWriter();
        foreach (var (tag, value) in values)
        {
            var item = new ProtoWriter();
            item.String(1, tag);
            item.Float(2, (float)value);
            summary.Message(1, item);
        }
        WriteRecord(Event(DateTimeOffset.UtcNow, step, summary: summary));
        _stream.Flush();
    }

    /// <inheritdoc/>
    public void Dispose() => _stream.Dispose();

    private static byte[] Event(DateTimeOffset time, long step, string? fileVersion = null, ProtoWriter? summary = null)
    {
        var message = new ProtoWriter();
        message.Double(1, time.ToUnixTimeMilliseconds() / 1000.0);
        message.Int64(2, step);
        if (fileVersion is not null)
            message.String(3, fileVersion);
        if (summary is not null)
            message.Message(5, summary);
        return message.ToArray();
    }

    private void WriteRecord(byte[] data)
    {
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt64LittleEndian(header, (ulong)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], MaskedCrc32C(header[..8]));
        Span<byte> footer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(footer, MaskedCrc32C(data));
        _stream.Write(header);
        _stream.Write(data);
        _stream.Write(footer);
    }

    /// <summary>TFRecord's checksum: CRC-32C, rotated right by 15 bits plus a constant.</summary>
    internal static uint MaskedCrc32C(ReadOnlySpan<byte> data)
    {
        var crc = Crc32C(data);
        return ((crc >> 15) | (crc << 17)) + 0xa282ead8;
    }

    /// <summary>CRC-32C (Castagnoli) with the usual pre- and post-inversion.</summary>
    internal static uint Crc32C(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
            crc = BitOperations.Crc32C(crc, b);
        return ~crc;
    }

    /// <summary>Just enough protobuf encoding for events: varints, 64- and 32-bit fields, length-delimited fields.</summary>
    private sealed class ProtoWriter
    {
        private readonly ArrayBufferWriter<byte> _bytes = new();

        public void Double(int field, double value)
        {
            Tag(field, 1);
            Span<byte> buffer = stackalloc byte[8];
            BinaryPrimitives.WriteDoubleLittleEndian(buffer, value);
            _bytes.Write(buffer);
        }

        public void Float(int field, float value)
        {
            Tag(field, 5);
            Span<byte> buffer = stackalloc byte[4];
            BinaryPrimitives.WriteSingleLittleEndian(buffer, value);
            _bytes.Write(buffer);
        }

        public void Int64(int field, long value)
        {
            Tag(field, 0);
            Varint((ulong)value);
        }

        public void String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

        public void Message(int field, ProtoWriter message) => Bytes(field, message.ToArray());

        public byte[] ToArray() => _bytes.WrittenSpan.ToArray();

        private void Bytes(int field, byte[] value)
        {
            Tag(field, 2);
            Varint((ulong)value.Length);
            _bytes.Write(value);
        }

        private void Tag(int field, int wireType) => Varint((ulong)((field << 3) | wireType));

        private void Varint(ulong value)
        {
            while (value >= 0x80)
            {
                _bytes.Write([(byte)(value | 0x80)]);
                value >>= 7;
            }
            _bytes.Write([(byte)value]);
        }
    }
}
