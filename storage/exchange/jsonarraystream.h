#pragma once

#include "model/core/fielderror.h"
#include "storage/exchange/dumpfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace kcc::storage {

// One element of a dump file's top-level array.
struct JsonArrayElement
{
    qsizetype index = 0;
    QString where;        // "partijen.json[3]"
    QJsonObject object;   // valid only when problems is empty
    FieldErrors problems; // not an object, or text that is not valid Unicode
};

// Reads a dump file — a JSON array of objects — one element at a time, so that an import needs
// memory for one element, not for the whole file and its parsed document. The stream only finds
// where each element begins and ends (strings, escapes and nesting); each element is then checked
// by JsonTextCheck and parsed by QJsonDocument, which also decides whether it is valid JSON.
// A syntax error outside the elements, or inside one, ends the file with one problem naming the
// byte, like QJsonDocument::fromJson on the whole file would.
class JsonArrayStream
{
    Q_DECLARE_TR_FUNCTIONS(kcc::storage::Importer)

public:
    // `file` must be open; `name` is the file name used in the problems.
    JsonArrayStream(DumpFile &file, const QString &name, int problemLimit);

    // The next element; false at the end of the array or when the file cannot be read further
    // (fileProblem() then says why).
    bool next(JsonArrayElement &element);
    // Empty, or why the file as a whole was refused.
    const QString &fileProblem() const { return m_fileProblem; }

    // An element larger than this is refused: no record of the standard comes near it.
    static constexpr qsizetype maxElementBytes = 32 * 1024 * 1024;
    static constexpr qint64 chunkBytes = 4 * 1024 * 1024;

private:
    enum class Phase
    {
        BeforeArray,
        FirstElement,
        NextElement,
        InElement,
        AfterElement,
        AfterArray,
        Finished
    };

    // Makes sure m_buffer has a byte at m_pos; false at the end of the file or on a read error.
    bool more();
    void fail(const QString &message);
    void invalidJson(const QString &what);
    JsonArrayElement element(qsizetype end);

    DumpFile &m_file;
    QString m_name;
    int m_problemLimit;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bufferStart = 0; // file offset of m_buffer[0]
    Phase m_phase = Phase::BeforeArray;
    qsizetype m_elementStart = 0;
    qsizetype m_index = 0;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escaped = false;
    QString m_fileProblem;
};

} // namespace kcc::storage
