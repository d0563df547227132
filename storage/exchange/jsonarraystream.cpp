#include "storage/exchange/jsonarraystream.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace kcc::storage {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

JsonArrayStream::JsonArrayStream(DumpFile &file, const QString &name, int problemLimit)
    : m_file(file)
    , m_name(name)
    , m_problemLimit(problemLimit)
{
}

bool JsonArrayStream::more()
{
    if (m_pos < m_buffer.size())
        return true;
    // Keep only the element being read; everything before it has been handed out.
    const qsizetype keep = m_phase == Phase::InElement ? m_elementStart : m_pos;
    m_buffer.remove(0, keep);
    m_bufferStart += keep;
    m_pos -= keep;
    m_elementStart -= keep;
    if (m_phase == Phase::InElement && m_buffer.size() > maxElementBytes) {
        fail(tr("Element %1 is larger than %2 MiB; no record of the standard is that large.")
                 .arg(m_index)
                 .arg(maxElementBytes / (1024 * 1024)));
        return false;
    }
    const qint64 got = m_file.readChunk(m_buffer, chunkBytes);
    if (got < 0)
        fail(m_file.problem());
    return got > 0;
}

void JsonArrayStream::fail(const QString &message)
{
    if (m_fileProblem.isEmpty())
        m_fileProblem = message;
    m_phase = Phase::Finished;
    m_buffer = QByteArray();
}

void JsonArrayStream::invalidJson(const QString &what)
{
    fail(tr("The file is not valid JSON (at byte %1: %2).").arg(m_bufferStart + m_pos).arg(what));
}

JsonArrayElement JsonArrayStream::element(qsizetype end)
{
    JsonArrayElement element;
    element.index = m_index++;
    element.where = m_name % QLatin1Char('[') % QString::number(element.index) % QLatin1Char(']');
    qsizetype last = end;
    while (last > m_elementStart && isSpace(m_buffer.at(last - 1)))
        --last;
    if (last - m_elementStart > maxElementBytes) {
        fail(tr("Element %1 is larger than %2 MiB; no record of the standard is that large.")
                 .arg(element.index)
                 .arg(maxElementBytes / (1024 * 1024)));
        element.problems.append({m_name, m_fileProblem});
        return element;
    }
    const QByteArray bytes = m_buffer.sliced(m_elementStart, last - m_elementStart);
    const qint64 firstByte = m_bufferStart + m_elementStart;
    element.problems = JsonTextCheck::check(bytes, element.where, m_problemLimit, firstByte);
    if (!element.problems.isEmpty())
        return element;
    if (bytes.front() != '{') {
        element.problems.append({element.where, tr("Expected an object.")});
        return element;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(tr("The file is not valid JSON (at byte %1: %2).")
                 .arg(firstByte + parseError.offset)
                 .arg(parseError.errorString()));
        element.problems.append({m_name, m_fileProblem});
        return element;
    }
    element.object = document.object();
    return element;
}

bool JsonArrayStream::next(JsonArrayElement &result)
{
    while (m_phase != Phase::Finished) {
        if (!more()) {
            if (m_phase == Phase::Finished)
                return false; // a read error or an oversized element
            if (m_phase == Phase::AfterArray) {
                m_phase = Phase::Finished;
                return false;
            }
            if (m_phase == Phase::BeforeArray)
                invalidJson(tr("the file holds no JSON value"));
            else
                invalidJson(tr("the file ends before the array is closed"));
            return false;
        }
        const char c = m_buffer.at(m_pos);
        switch (m_phase) {
        case Phase::BeforeArray:
            // QJsonDocument skips a UTF-8 byte order mark; so do we.
            if (m_bufferStart + m_pos == 0 && m_buffer.startsWith("\xEF\xBB\xBF")) {
                m_pos += 3;
            } else if (isSpace(c)) {
                ++m_pos;
            } else if (c == '[') {
                ++m_pos;
                m_phase = Phase::FirstElement;
            } else if (c == '{') {
                fail(tr("The file must contain a JSON array of objects."));
            } else {
                invalidJson(tr("expected an array"));
            }
            break;
        case Phase::FirstElement:
        case Phase::NextElement:
            if (isSpace(c)) {
                ++m_pos;
            } else if (c == ']' && m_phase == Phase::FirstElement) {
                ++m_pos;
                m_phase = Phase::AfterArray;
            } else if (c == ']' || c == ',') {
                invalidJson(tr("expected a value"));
            } else {
                m_elementStart = m_pos;
                m_depth = 0;
                m_inString = false;
                m_escaped = false;
                m_phase = Phase::InElement;
            }
            break;
        case Phase::InElement:
            if (m_inString) {
                if (m_escaped)
                    m_escaped = false;
                else if (c == '\\')
                    m_escaped = true;
                else if (c == '"')
                    m_inString = false;
                ++m_pos;
                break;
            }
            if (c == '"') {
                m_inString = true;
            } else if (c == '{' || c == '[') {
                ++m_depth;
            } else if ((c == '}' || c == ']') && m_depth > 0) {
                // An object or array element ends with its own closing bracket.
                if (--m_depth == 0) {
                    ++m_pos;
                    m_phase = Phase::AfterElement;
                    result = element(m_pos);
                    return true;
                }
            } else if (m_depth == 0 && (c == ',' || c == ']' || c == '}' || isSpace(c))) {
                // Any other value (a number, a string, true) ends where the next token starts.
                m_phase = Phase::AfterElement;
                result = element(m_pos);
                return true;
            }
            ++m_pos;
            break;
        case Phase::AfterElement:
            if (isSpace(c)) {
                ++m_pos;
            } else if (c == ',') {
                ++m_pos;
                m_phase = Phase::NextElement;
            } else if (c == ']') {
                ++m_pos;
                m_phase = Phase::AfterArray;
            } else {
                invalidJson(tr("expected a comma or the end of the array"));
            }
            break;
        case Phase::AfterArray:
            if (isSpace(c))
                ++m_pos;
            else
                invalidJson(tr("data after the end of the array"));
            break;
        case Phase::Finished:
            break;
        }
    }
    return false;
}

} // namespace kcc::storage
