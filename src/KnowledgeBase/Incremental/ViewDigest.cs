using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Model;

namespace KnowledgeBase.Incremental;

/// <summary>
/// A SHA-256 digest of a view: every value it holds, read member by member into one canonical stream of
/// bytes and hashed once. Two views digest alike exactly when they hold the same values: each value is
/// tagged with its kind, each text and list carries its length, each record its type.
/// </summary>
/// <remarks>
/// Why not JSON: serializing a page's view took about as long as rendering the page (the body's HTML
/// escaped character by character), so a cache keyed that way saved nothing. Members are read through
/// delegates bound once per type to their getters, texts are hashed as they are held in memory, and a
/// view shared by many pages (an incident as it appears in lists) is digested once and stands in by its
/// digest.
/// Safe from several threads at once; one instance serves one build, so what it remembers goes with it.
/// </remarks>
/// <param name="isShared">Types whose instances many views hold (by reference): each is digested once.</param>
public sealed class ViewDigest(Func<Type, bool>? isShared = null)
{
    /// <summary>A view nested deeper than this is taken for a cycle: views are trees of data.</summary>
    private const int MaxDepth = 64;

    private readonly ConcurrentDictionary<Type, Shape> _shapes = new();
    private readonly ConcurrentDictionary<object, byte[]> _shared = new(ReferenceEqualityComparer.Instance);
    private readonly Func<Type, bool> _isShared = isShared ?? (_ => false);

    private enum Kind : byte
    {
        Null, Text, Boolean, Int32, Int64, Double, Decimal, Enum, Date, DateTimeOffset, DateTime, TimeSpan, Html, Bytes,
        ListStart, ListEnd, Record, SharedDigest, Other,
    }

    /// <summary>A type as it is digested: a stable number for its name, and a getter per public property.</summary>
    private sealed record Shape(ulong Name, Func<object, object?>[] Members);

    /// <summary>Streams kept from one view to the next: growing a new one per page cost more than walking it.</summary>
    private readonly ConcurrentBag<ArrayBufferWriter<byte>> _buffers = [];

    /// <summary>The digest of <paramref name="view"/> (any value: a record, a list, a text, null).</summary>
    public byte[] Of(object? view) => Digest(buffer => Write(buffer, view, 0));

    private void Write(ArrayBufferWriter<byte> buffer, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"a view nests deeper than {MaxDepth} levels (a cycle?) and cannot be digested");
        }

        switch (value)
        {
            case null:
                Tag(buffer, Kind.Null);
                return;
            case string text:
                Tag(buffer, Kind.Text);
                Text(buffer, text);
                return;
            case bool flag:
                Tag(buffer, Kind.Boolean);
                buffer.Write([flag ? (byte)1 : (byte)0]);
                return;
            case int number:
                Tag(buffer, Kind.Int32);
                Int32(buffer, number);
                return;
            case long number:
                Tag(buffer, Kind.Int64);
                Int64(buffer, number);
                return;
            case double number:
                Tag(buffer, Kind.Double);
                Int64(buffer, BitConverter.DoubleToInt64Bits(number));
                return;
            case decimal number:
                Tag(buffer, Kind.Decimal);
                Text(buffer, number.ToString(CultureInfo.InvariantCulture));
                return;
            case Enum choice:
                Tag(buffer, Kind.Enum);
                Int64(buffer, (long)ShapeOf(choice.GetType()).Name);
                Int64(buffer, Convert.ToInt64(choice, CultureInfo.InvariantCulture));
                return;
            case DateOnly date:
                Tag(buffer, Kind.Date);
                Int32(buffer, date.DayNumber);
                return;
            case DateTimeOffset time:
                Tag(buffer, Kind.DateTimeOffset);
                Int64(buffer, time.Ticks);
                Int64(buffer, time.Offset.Ticks);
                return;
            case DateTime time:
                Tag(buffer, Kind.DateTime);
                Int64(buffer, time.Ticks);
                Int32(buffer, (int)time.Kind);
                return;
            case TimeSpan span:
                Tag(buffer, Kind.TimeSpan);
                Int64(buffer, span.Ticks);
                return;
            case Utf8Html html:
                Tag(buffer, Kind.Html);
                var bytes = html.Bytes;
                Int32(buffer, bytes.Length);
                buffer.Write(bytes);
                return;
            case byte[] raw:
                Tag(buffer, Kind.Bytes);
                Int32(buffer, raw.Length);
                buffer.Write(raw);
                return;
            case IEnumerable items:
                Tag(buffer, Kind.ListStart);
                foreach (var item in items)
                {
                    Write(buffer, item, depth + 1);
                }

                Tag(buffer, Kind.ListEnd);
                return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || value is char)
        {
            // The other numbers (float, short, unsigned...) and characters: rare in a view, named with their type.
            Tag(buffer, Kind.Other);
            Int64(buffer, (long)ShapeOf(type).Name);
            Text(buffer, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
            return;
        }

        if (_isShared(type))
        {
            Tag(buffer, Kind.SharedDigest);
            buffer.Write(_shared.GetOrAdd(value, OfRecord));
            return;
        }

        WriteRecord(buffer, value, depth);
    }

    /// <summary>A shared view's own digest: its members, as a record anywhere else is written.</summary>
    private byte[] OfRecord(object view) => Digest(buffer => WriteRecord(buffer, view, 0));

    /// <summary>Fills a stream of the pool (a shared view is digested while a page's stream is being filled: it takes another) and hashes it.</summary>
    private byte[] Digest(Action<ArrayBufferWriter<byte>> write)
    {
        var buffer = _buffers.TryTake(out var kept) ? kept : new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            buffer.ResetWrittenCount();
            write(buffer);
            return SHA256.HashData(buffer.WrittenSpan);
        }
        finally
        {
            _buffers.Add(buffer);
        }
    }

    private void WriteRecord(ArrayBufferWriter<byte> buffer, object value, int depth)
    {
        var shape = ShapeOf(value.GetType());
        Tag(buffer, Kind.Record);
        Int64(buffer, (long)shape.Name);
        Int32(buffer, shape.Members.Length);
        foreach (var member in shape.Members)
        {
            Write(buffer, member(value), depth + 1);
        }
    }

    private Shape ShapeOf(Type type) => _shapes.GetOrAdd(type, static t => new Shape(StableHash(t.FullName ?? t.Name), Getters(t)));

    /// <summary>A getter per public instance property, in declaration order (the order is this build's code's, as the cache's is).</summary>
    private static Func<object, object?>[] Getters(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .Select(p => Getter(type, p))];

    /// <summary>
    /// A delegate to the property's own getter, typed, so reading it costs a call and no code is generated
    /// per member. A value type's getter (a dictionary's entries) cannot be bound so, and is read by
    /// reflection.
    /// </summary>
    private static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
        if (type.IsValueType)
        {
            return property.GetValue;
        }

        var typed = typeof(ViewDigest).GetMethod(nameof(TypedGetter), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type, property.PropertyType);
        return (Func<object, object?>)typed.Invoke(null, [property.GetMethod!])!;
    }

    private static Func<object, object?> TypedGetter<TView, TValue>(MethodInfo getter)
        where TView : class
    {
        var read = getter.CreateDelegate<Func<TView, TValue>>();
        return view => read((TView)view);
    }

    /// <summary>FNV-1a over the name's UTF-8: the same in every process, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static ulong StableHash(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    private static void Tag(ArrayBufferWriter<byte> buffer, Kind kind) => buffer.Write([(byte)kind]);

    private static void Int32(ArrayBufferWriter<byte> buffer, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(buffer.GetSpan(4), value);
        buffer.Advance(4);
    }

    private static void Int64(ArrayBufferWriter<byte> buffer, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }

    private static void Text(ArrayBufferWriter<byte> buffer, string text)
    {
        Int32(buffer, text.Length);
        buffer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
