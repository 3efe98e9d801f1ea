using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Kdo.Extraction.Tests.Llm;

/// <summary>
/// An OpenAI-compatible chat endpoint on 127.0.0.1 that answers each request with the next canned message content,
/// for tests only: it serves at most as many requests as it has answers, gives up after 30 seconds, and stops when
/// disposed. Every request body it received is kept for assertions.
/// </summary>
internal sealed class FakeChatServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(30));
    private readonly Task _serving;

    public FakeChatServer(params string[] answers)
    {
        _listener.Start();
        _serving = Task.Run(() => Serve(answers));
    }

    /// <summary>The base URL to give the client (requests go to /v1/chat/completions).</summary>
    public Uri Endpoint => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1");

    public List<string> Requests { get; } = [];

    private async Task Serve(string[] answers)
    {
        foreach (var answer in answers)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            using var stream = client.GetStream();
            var body = await ReadRequest(stream);
            lock (Requests)
                Requests.Add(body);
            var json = JsonSerializer.Serialize(new
            {
                id = "chatcmpl-test", @object = "chat.completion", created = 1700000000, model = "fake",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = answer }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 1, completion_tokens = 1, total_tokens = 2 },
            });
            var bytes = Encoding.UTF8.GetBytes(json);
            var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(head, _stop.Token);
            await stream.WriteAsync(bytes, _stop.Token);
        }
    }

    // Headers up to the blank line, then a body of Content-Length bytes or in chunks.
    private async Task<string> ReadRequest(NetworkStream stream)
    {
        var data = new List<byte>();
        var buffer = new byte[8192];
        int headerEnd;
        while ((headerEnd = IndexOf(data, "\r\n\r\n"u8.ToArray())) < 0)
            data.AddRange(buffer.AsSpan(0, await Read(stream, buffer)).ToArray());
        var headers = Encoding.ASCII.GetString(data.GetRange(0, headerEnd).ToArray());
        var body = data.GetRange(headerEnd + 4, data.Count - headerEnd - 4);
        var length = headers.Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        if (length is not null)
        {
            var wanted = int.Parse(length.Split(':')[1].Trim());
            while (body.Count < wanted)
                body.AddRange(buffer.AsSpan(0, await Read(stream, buffer)).ToArray());
            return Encoding.UTF8.GetString(body.ToArray());
        }
        while (IndexOf(body, "0\r\n\r\n"u8.ToArray()) < 0)
            body.AddRange(buffer.AsSpan(0, await Read(stream, buffer)).ToArray());
        return Dechunk(body.ToArray());
    }

    private async Task<int> Read(NetworkStream stream, byte[] buffer)
    {
        var read = await stream.ReadAsync(buffer, _stop.Token);
        return read > 0 ? read : throw new IOException("the client closed the connection mid-request");
    }

    private static string Dechunk(byte[] chunked)
    {
        var text = Encoding.UTF8.GetString(chunked);
        var body = new StringBuilder();
        var at = 0;
        while (true)
        {
            var lineEnd = text.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(text[at..lineEnd].Split(';')[0], 16);
            if (size == 0)
                return body.ToString();
            body.Append(text, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int IndexOf(List<byte> data, byte[] pattern)
    {
        for (var i = 0; i + pattern.Length <= data.Count; i++)
        {
            var j = 0;
            while (j < pattern.Length && data[i + j] == pattern[j])
                j++;
            if (j == pattern.Length)
                return i;
        }
        return -1;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try { _serving.Wait(TimeSpan.FromSeconds(5)); }
        catch (AggregateException) { }
        _stop.Dispose();
    }
}
